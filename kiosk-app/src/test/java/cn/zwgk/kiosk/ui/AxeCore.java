package cn.zwgk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the accessibility engine, from the npm registry: {@code npm pack axe-core@VERSION} once
 * into {@code target/axe-core/}, checked against the pinned integrity hash, unpacked with {@code tar}.
 * Maven Central has no WebJar of axe-core here, and a pinned tarball keeps results from changing under
 * the test when axe publishes new rules.
 */
final class AxeCore {
    static final String VERSION = "4.14.1";
    /** {@code npm view axe-core@4.14.1 dist.integrity}. */
    static final String INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";
    private static final Path HOME = Path.of("target", "axe-core");

    /** One violation: rule id, impact, help text and the CSS targets of the failing nodes. */
    record Violation(String id, String impact, String help, List<String> targets) {
        boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return id + " [" + impact + "] " + help + " → " + String.join(" | ", targets);
        }
    }

    private AxeCore() {
    }

    static synchronized String script() throws IOException, InterruptedException {
        Path script = HOME.resolve("package").resolve("axe.min.js");
        if (!Files.exists(script)) {
            Files.createDirectories(HOME);
            Path tarball = HOME.resolve("axe-core-" + VERSION + ".tgz");
            run(List.of("npm", "pack", "axe-core@" + VERSION, "--pack-destination", HOME.toString()));
            assertThat(integrity(tarball)).as("integrity of %s", tarball).isEqualTo(INTEGRITY);
            run(List.of("tar", "-xzf", tarball.toString(), "-C", HOME.toString(), "package/axe.min.js"));
        }
        return Files.readString(script, StandardCharsets.UTF_8);
    }

    /** Runs axe on the page {@code browser} shows (WCAG 2.x A/AA and best practices) and returns every violation. */
    @SuppressWarnings("unchecked")
    static List<Violation> analyse(ChromeDriver browser) throws IOException, InterruptedException {
        browser.executeScript(script());
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => [v.id, v.impact || '', v.help,
                      v.nodes.map(n => n.target.join(' '))])))
                  .catch(e => done('axe failed: ' + e));
                """);
        assertThat(result).as("axe result").isInstanceOf(List.class);
        List<Violation> violations = new ArrayList<>();
        for (Object row : (List<Object>) result) {
            List<Object> v = (List<Object>) row;
            violations.add(new Violation((String) v.get(0), (String) v.get(1), (String) v.get(2),
                    ((List<Object>) v.get(3)).stream().map(String::valueOf).toList()));
        }
        return violations;
    }

    private static String integrity(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha512.update(buffer, 0, n);
            }
            return "sha512-" + Base64.getEncoder().encodeToString(sha512.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK without SHA-512", e);
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("axe-core", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0)
                .as("%s (needs npm and the npm registry; Debian: apt-get install npm)\n%s", command, Files.readString(log))
                .isTrue();
    }
}

package cn.zwgk.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built packages: their control data and file list (dpkg-deb), their maintainer scripts, their units
 * (systemd-analyze verify in a throw-away root), and both apps run from the unpacked package with the
 * bundled runtime only. Nothing is installed on this machine.
 */
class DebPackageIT {
    private static final Duration START = Duration.ofMinutes(4);

    /** Both packages unpacked with dpkg -x, as an install would lay them out (no scripts run). */
    @TempDir
    static Path root;

    @BeforeAll
    static void unpackBothPackages() throws Exception {
        DebPackages.requireTool("dpkg-deb", "dpkg");
        DebPackages.requireTool("systemd-analyze", "systemd");
        DebPackages.requireTool("shellcheck", "shellcheck");
        DebPackages.requireTool("curl", "curl");
        for (String pkg : DebPackages.PACKAGES) {
            DebPackages.extract(pkg, root);
        }
    }

    private static Map<String, String> controlFields(String pkg) throws Exception {
        ScriptRun info = DebPackages.run(root, 60, "dpkg-deb", "-f", DebPackages.deb(pkg).toString());
        assertThat(info.exitCode()).as(info.toString()).isZero();
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^([A-Za-z-]+): (.*)$").matcher(info.stdout());
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zwgk-sync-server", "zwgk-kiosk"})
    void controlFieldsNameThePackageAndWhatItNeeds(String pkg) throws Exception {
        Map<String, String> fields = controlFields(pkg);
        assertThat(fields).containsEntry("Package", pkg).containsEntry("Version", DebPackages.debianVersion())
                .containsEntry("Architecture", "amd64").containsKeys("Maintainer", "Description");
        assertThat(fields.get("Depends")).contains("adduser", "curl", "fonts-wqy-zenhei", "init-system-helpers");
        // the runtime and the app: well over 100 MB unpacked, and no placeholder left
        assertThat(Long.parseLong(fields.get("Installed-Size"))).isGreaterThan(100_000);
        assertThat(String.join("\n", fields.values())).doesNotContainPattern("@[A-Z_]+@");
        if (pkg.equals("zwgk-kiosk")) {
            assertThat(fields.get("Depends")).contains("fonts-noto-cjk");
            assertThat(fields.get("Recommends")).contains("cage", "chromium", "fonts-noto-core", "cups-client");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zwgk-sync-server", "zwgk-kiosk"})
    void filesAreTheAppImageTheLinkTheUnitsAndAnOwnerOnlyConfig(String pkg) throws Exception {
        ScriptRun list = DebPackages.run(root, 60, "dpkg-deb", "-c", DebPackages.deb(pkg).toString());
        assertThat(list.exitCode()).as(list.toString()).isZero();
        List<String> lines = list.stdout().lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line).contains(" root/root "));
        String config = "/etc/zwgk/" + (pkg.equals("zwgk-kiosk") ? "kiosk" : "sync-server") + ".env";
        assertThat(entry(lines, "./opt/" + pkg + "/bin/" + pkg)).startsWith("-rwxr-xr-x");
        assertThat(entry(lines, "./opt/" + pkg + "/health-check.sh")).startsWith("-rwxr-xr-x");
        assertThat(entry(lines, "./opt/" + pkg + "/lib/runtime/lib/server/libjvm.so")).startsWith("-rw-r--r--");
        assertThat(entry(lines, "./usr/bin/" + pkg)).startsWith("lrwxrwxrwx").endsWith("-> /opt/" + pkg + "/bin/" + pkg);
        assertThat(entry(lines, "." + config)).startsWith("-rw-r-----");
        for (String unit : List.of(".service", "-health.service", "-health.timer")) {
            assertThat(entry(lines, "./lib/systemd/system/" + pkg + unit)).startsWith("-rw-r--r--");
        }
        // whatever the package tree holds is shipped (the kiosk's browser units and Chromium policy too)
        Path tree = Checkout.root().resolve("install/deb/" + pkg + "/root");
        try (Stream<Path> files = Files.walk(tree)) {
            files.filter(Files::isRegularFile).forEach(f -> assertThat(entry(lines, "./" + tree.relativize(f))).isNotNull());
        }
        // a trimmed runtime: no compiler, no JDK tools, headers or man pages
        assertThat(lines).noneMatch(l -> l.contains("/lib/runtime/bin/") || l.contains("/lib/runtime/include/")
                || l.contains("/lib/runtime/man/"));
        String release = Files.readString(root.resolve("opt/" + pkg + "/lib/runtime/release"));
        assertThat(release).contains("java.desktop", "java.sql", "java.naming", "jdk.localedata", "jdk.charsets")
                .doesNotContain("jdk.compiler", "jdk.jshell", "jdk.jlink");

        Path control = root.resolve("control-" + pkg);
        ScriptRun e = DebPackages.run(root, 60, "dpkg-deb", "-e", DebPackages.deb(pkg).toString(), control.toString());
        assertThat(e.exitCode()).as(e.toString()).isZero();
        List<String> conffiles = Files.readAllLines(control.resolve("conffiles"));
        assertThat(conffiles).contains(config);
        try (Stream<Path> etc = Files.walk(tree.resolve("etc"))) {
            etc.filter(Files::isRegularFile).forEach(f -> assertThat(conffiles).contains("/" + tree.relativize(f)));
        }
    }

    private static String entry(List<String> lines, String path) {
        return lines.stream().filter(l -> l.endsWith(" " + path) || l.contains(" " + path + " -> ")).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is not in the package"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zwgk-sync-server", "zwgk-kiosk"})
    void maintainerScriptsAreCompleteValidShell(String pkg) throws Exception {
        Path control = Files.createTempDirectory(root, "scripts-" + pkg);
        ScriptRun e = DebPackages.run(root, 60, "dpkg-deb", "-e", DebPackages.deb(pkg).toString(), control.resolve("c").toString());
        assertThat(e.exitCode()).as(e.toString()).isZero();
        for (String name : List.of("postinst", "prerm", "postrm")) {
            Path script = control.resolve("c").resolve(name);
            String text = Files.readString(script);
            assertThat(text).as(name).startsWith("#!/bin/sh\n").doesNotContain("#ZWGK#")
                    .contains("--- shared part of the zwgk " + name);
            assertThat(Files.isExecutable(script)).as(name + " executable").isTrue();
            ScriptRun syntax = DebPackages.run(root, 60, "sh", "-n", script.toString());
            assertThat(syntax.exitCode()).as("sh -n %s: %s", name, syntax).isZero();
            ScriptRun check = DebPackages.run(root, 60, "shellcheck", "-s", "sh", script.toString());
            assertThat(check.exitCode()).as("shellcheck %s: %s", name, check).isZero();
        }
        String postrm = Files.readString(control.resolve("c/postrm"));
        // the data and backups are never deleted by the package, not even on purge
        assertThat(postrm).doesNotContain("rm -rf \"$DATA\"", "rm -rf \"$BACKUPS\"", "rm -rf /var/lib/" + pkg)
                .contains("data kept");
    }

    @Test
    void everyUnitPassesSystemdAnalyzeVerify() throws Exception {
        Path units = root.resolve("lib/systemd/system");
        List<String> ours;
        try (Stream<Path> files = Files.list(units)) {
            ours = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("zwgk-")).sorted().toList();
        }
        assertThat(ours).contains("zwgk-sync-server.service", "zwgk-sync-server-health.service",
                "zwgk-sync-server-health.timer", "zwgk-kiosk.service", "zwgk-kiosk-health.service", "zwgk-kiosk-health.timer");
        // The root needs systemd's own units (sysinit.target …) and the commands other packages provide
        // (cage, chromium: Recommends); the commands under /opt must be ours, really in the package.
        addSystemdsOwnUnits();
        for (String unit : ours) {
            for (String command : execCommands(Files.readString(units.resolve(unit)))) {
                Path inRoot = root.resolve(command.substring(1));
                if (!command.startsWith("/opt/") && !Files.exists(inRoot)) {
                    Files.createDirectories(inRoot.getParent());
                    Files.writeString(inRoot, "#!/bin/sh\n");
                    inRoot.toFile().setExecutable(true);
                }
            }
        }
        List<String> command = new java.util.ArrayList<>(List.of("systemd-analyze", "--root=" + root, "verify"));
        ours.forEach(u -> command.add(units.resolve(u).toString()));
        ScriptRun verify = ScriptRun.run(root, Map.of("SYSTEMD_LOG_COLOR", "0"), 120, command);
        // exit 0 is not enough: unknown keys and bad values are only printed
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.stdout() + verify.stderr()).as("systemd-analyze verify said something").isBlank();
    }

    private static void addSystemdsOwnUnits() throws IOException, InterruptedException {
        ScriptRun copy = DebPackages.run(root, 120, "cp", "-an", "/lib/systemd/system/.", root.resolve("lib/systemd/system").toString());
        assertThat(copy.exitCode()).as(copy.toString()).isZero();
    }

    private static List<String> execCommands(String unit) {
        return Pattern.compile("(?m)^Exec[A-Za-z]*=[-@:+!]*(/\\S+)").matcher(unit).results().map(r -> r.group(1)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zwgk-sync-server", "zwgk-kiosk"})
    void appUnitsRunAsTheirOwnUserHardenedAndRestartOnFailure(String pkg) throws Exception {
        String unit = Files.readString(root.resolve("lib/systemd/system/" + pkg + ".service"));
        String user = pkg.equals("zwgk-kiosk") ? "zwgk-kiosk" : "zwgk-server";
        String config = pkg.equals("zwgk-kiosk") ? "kiosk" : "sync-server";
        assertThat(unit).contains("User=" + user + "\n", "Restart=on-failure\n", "EnvironmentFile=/etc/zwgk/" + config + ".env\n",
                "ExecStart=/opt/" + pkg + "/bin/" + pkg, "StandardOutput=journal\n", "NoNewPrivileges=yes\n",
                "ProtectSystem=strict\n", "ReadWritePaths=/var/lib/" + pkg + " -/var/backups/" + pkg + "\n",
                "ProtectHome=yes\n", "PrivateTmp=yes\n", "CapabilityBoundingSet=\n", "SystemCallFilter=@system-service\n");
        // systemd's own exposure score (0 = locked down, 10 = exposed): at most 2.5 ("OK")
        addSystemdsOwnUnits();
        ScriptRun security = ScriptRun.run(root, Map.of("SYSTEMD_LOG_COLOR", "0"), 120, List.of("systemd-analyze",
                "security", "--offline=true", "--root=" + root, "--threshold=25", pkg + ".service"));
        assertThat(security.exitCode()).as(security.toString()).isZero();
        String timer = Files.readString(root.resolve("lib/systemd/system/" + pkg + "-health.timer"));
        assertThat(timer).contains("OnUnitActiveSec=1min\n", "WantedBy=timers.target\n");
    }

    @Test
    void syncServerServesHealthAndConsoleFromThePackageWithItsOwnRuntime() throws Exception {
        Path launcher = root.resolve("opt/zwgk-sync-server/bin/zwgk-sync-server");
        ScriptRun version = ScriptRun.run(root, Map.of(), 120, List.of(launcher.toString(), "--version"));
        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.stdout().strip()).isEqualTo(DebPackages.debianVersion().replaceAll("~.*", ""));

        Path work = Files.createTempDirectory(root, "server-run");
        int port = DebPackages.freePort();
        Path healthCheck = root.resolve("opt/zwgk-sync-server/health-check.sh");
        Map<String, String> env = Map.of("ZWGK_SERVER_HOST", "127.0.0.1", "ZWGK_SERVER_PORT", String.valueOf(port));
        try (DebLauncher server = DebLauncher.start(launcher, work.resolve("server.log"), "serve", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--data", work.resolve("data").toString())) {
            HttpResponse<String> health = server.awaitAnswer("http://127.0.0.1:" + port + "/health", START);
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\"");
            HttpResponse<String> console = DebLauncher.get("http://127.0.0.1:" + port + "/console/");
            assertThat(console.statusCode()).as(server.log()).isEqualTo(200);
            assertThat(Files.isDirectory(work.resolve("data/db"))).as("Derby database created").isTrue();

            var healthy = DebSystemctlStandIn.create(work.resolve("up"), true, 3600);
            ScriptRun check = healthy.runHealthCheck(healthCheck, "server", env);
            assertThat(check.exitCode()).as(check.toString()).isZero();
            assertThat(healthy.restarts()).isEmpty();
        }
        var dead = DebSystemctlStandIn.create(work.resolve("down"), true, 3600);
        ScriptRun check = dead.runHealthCheck(healthCheck, "server", env);
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(dead.restarts()).containsExactly("systemctl restart --no-block zwgk-sync-server.service");
    }

    @Test
    void kioskServesHealthAndHomeFromThePackageWithItsOwnRuntime() throws Exception {
        Path launcher = root.resolve("opt/zwgk-kiosk/bin/zwgk-kiosk");
        ScriptRun help = ScriptRun.run(root, Map.of(), 120, List.of(launcher.toString(), "--help"));
        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.stdout()).contains("--enrol-code", "--sync-once");

        Path work = Files.createTempDirectory(root, "kiosk-run");
        int port = DebPackages.freePort();
        int noServer = DebPackages.freePort();
        try (DebLauncher kiosk = DebLauncher.start(launcher, work.resolve("kiosk.log"), "--port", String.valueOf(port),
                "--data", work.resolve("data").toString(), "--server", "http://127.0.0.1:" + noServer,
                "--kiosk-id", "deb-test-kiosk")) {
            HttpResponse<String> health = kiosk.awaitAnswer("http://127.0.0.1:" + port + "/health", START);
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"kioskId\":\"deb-test-kiosk\"");
            HttpResponse<String> home = DebLauncher.get("http://127.0.0.1:" + port + "/");
            assertThat(home.statusCode()).as(kiosk.log()).isEqualTo(200);
            assertThat(kiosk.log()).doesNotContain("ClassNotFoundException", "NoClassDefFoundError",
                    "UnsatisfiedLinkError", "Exception in thread");
        }
    }
}

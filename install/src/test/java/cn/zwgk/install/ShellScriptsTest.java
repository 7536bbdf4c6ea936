package cn.zwgk.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shell script passes shellcheck (all severities, sourced files followed). */
class ShellScriptsTest {

    @BeforeAll
    static void shellcheckIsInstalled() throws Exception {
        ScriptRun version;
        try {
            version = ScriptRun.run(Checkout.root(), Map.of(), 30, List.of("shellcheck", "--version"));
        } catch (java.io.IOException e) {
            version = null;
        }
        assertThat(version != null && version.exitCode() == 0)
                .as("shellcheck is not installed: apt-get install shellcheck (.ci/run installs it)")
                .isTrue();
    }

    static Stream<Path> scripts() throws Exception {
        return Checkout.shellScripts();
    }

    @Test
    void theInstallersAndCiAreAmongTheScriptsChecked() throws Exception {
        Path root = Checkout.root();
        assertThat(scripts().map(p -> root.relativize(p).toString())).contains("install/server.sh",
                "install/kiosk.sh", "install/demo.sh", "install/lib/installer.sh", "install/lib/java.sh",
                "bench/run.sh", ".ci/run", "install/test.sh", "mvnw");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void passesShellcheck(Path script) throws Exception {
        ScriptRun run = ScriptRun.run(Checkout.root(), Map.of(), 60,
                List.of("shellcheck", "--external-sources", "--source-path=SCRIPTDIR", script.toString()));
        assertThat(run.exitCode()).as("shellcheck %s:\n%s", script, run.stdout() + run.stderr()).isZero();
    }
}

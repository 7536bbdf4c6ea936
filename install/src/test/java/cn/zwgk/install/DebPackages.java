package cn.zwgk.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The built .deb packages of this checkout and the Debian tools the package tests need. */
final class DebPackages {
    static final List<String> PACKAGES = List.of("zwgk-sync-server", "zwgk-kiosk");

    private DebPackages() {
    }

    /** install/target, where the package phase wrote the .deb files. */
    static Path dir() {
        String dir = System.getProperty("zwgk.deb.dir");
        return dir != null ? Path.of(dir) : Checkout.root().resolve("install/target");
    }

    /** 0.1.0-SNAPSHOT as Debian spells it: 0.1.0~SNAPSHOT (sorts before the release). */
    static String debianVersion() {
        return System.getProperty("zwgk.deb.version", "0.1.0-SNAPSHOT").replace('-', '~');
    }

    static Path deb(String pkg) {
        Path deb = dir().resolve(pkg + "_" + debianVersion() + "_amd64.deb");
        assertThat(deb).as("%s is not built: ./mvnw -pl install -am package -DskipTests", deb).isRegularFile();
        return deb;
    }

    /** Fails with the apt package to install when {@code tool} is missing, instead of passing silently. */
    static void requireTool(String tool, String aptPackage) {
        boolean found = Files.isExecutable(Path.of("/usr/bin", tool)) || Files.isExecutable(Path.of("/bin", tool))
                || Files.isExecutable(Path.of("/usr/sbin", tool));
        assertThat(found).as("%s is not installed: apt-get install %s", tool, aptPackage).isTrue();
    }

    static ScriptRun run(Path dir, long timeoutSeconds, String... command) throws IOException, InterruptedException {
        return ScriptRun.run(dir, Map.of(), timeoutSeconds, List.of(command));
    }

    /** {@code dpkg -x}: the package's files under {@code root}, as an install would put them, no scripts run. */
    static void extract(String pkg, Path root) throws IOException, InterruptedException {
        ScriptRun x = run(root, 300, "dpkg-deb", "-x", deb(pkg).toString(), root.toString());
        assertThat(x.exitCode()).as("dpkg-deb -x %s: %s", pkg, x).isZero();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

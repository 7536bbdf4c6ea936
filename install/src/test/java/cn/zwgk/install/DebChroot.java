package cn.zwgk.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A throw-away Debian bookworm root (debootstrap minbase, cached as a tar under ~/.cache/zwgk) to install,
 * run, remove and purge the packages in, without touching this machine. Needs root, debootstrap and the
 * Debian mirror. Commands run in a private mount and PID namespace with its own /proc, so nothing is left
 * mounted and no process outlives the command.
 */
final class DebChroot {
    private static final String MIRROR = "http://deb.debian.org/debian";

    private final Path root;

    private DebChroot(Path root) {
        this.root = root;
    }

    static DebChroot create(Path root) throws IOException, InterruptedException {
        Path cache = Path.of(System.getProperty("user.home"), ".cache/zwgk/bookworm-minbase.tar");
        if (Files.exists(root)) {
            host(600, "rm", "-rf", "--one-file-system", root.toString());
        }
        Files.createDirectories(root.getParent());
        if (!Files.exists(cache)) {
            Path fresh = Files.createTempDirectory(root.getParent(), "debootstrap");
            host(1800, "debootstrap", "--variant=minbase", "--include=adduser,ca-certificates", "bookworm",
                    fresh.toString(), MIRROR);
            Files.createDirectories(cache.getParent());
            host(600, "tar", "-C", fresh.toString(), "-cf", cache + ".part", ".");
            Files.move(Path.of(cache + ".part"), cache);
            host(600, "rm", "-rf", "--one-file-system", fresh.toString());
        }
        Files.createDirectories(root);
        host(600, "tar", "-C", root.toString(), "-xf", cache.toString());
        // "/" of the root comes from the tar (a 0700 temp directory): system users must be able to enter it
        host(60, "chmod", "0755", root.toString());
        // like a build chroot: maintainer scripts may not start services
        Path policy = root.resolve("usr/sbin/policy-rc.d");
        Files.writeString(policy, "#!/bin/sh\nexit 101\n");
        policy.toFile().setExecutable(true);
        return new DebChroot(root);
    }

    Path path(String inside) {
        return root.resolve(inside.substring(1));
    }

    /** {@code sh -c script} inside the root, as root, with /proc mounted privately. */
    ScriptRun sh(long timeoutSeconds, String script) throws IOException, InterruptedException {
        String inNamespace = "mount -t proc proc \"$1/proc\" && exec chroot \"$1\" /bin/sh -c \"$2\"";
        return ScriptRun.run(root, Map.of("DEBIAN_FRONTEND", "noninteractive", "LC_ALL", "C.UTF-8"), timeoutSeconds,
                List.of("unshare", "--mount", "--pid", "--fork", "sh", "-c", inNamespace, "sh", root.toString(), script));
    }

    ScriptRun shOk(long timeoutSeconds, String script) throws IOException, InterruptedException {
        ScriptRun run = sh(timeoutSeconds, script);
        assertThat(run.exitCode()).as("in the chroot: %s\n%s", script, run).isZero();
        return run;
    }

    /** Removes the root (one file system only: never follows into a mount). */
    void delete() throws IOException, InterruptedException {
        host(600, "rm", "-rf", "--one-file-system", root.toString());
    }

    private static void host(long timeoutSeconds, String... command) throws IOException, InterruptedException {
        ScriptRun run = ScriptRun.run(Path.of("/"), Map.of(), timeoutSeconds, new ArrayList<>(List.of(command)));
        assertThat(run.exitCode()).as("%s: %s", String.join(" ", command), run).isZero();
    }
}

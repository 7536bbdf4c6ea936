package cn.zwgk.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in {@code systemctl} first on PATH, for running the packaged health-check.sh without systemd: it says
 * whether the unit is active and since when, and records every restart asked for.
 */
final class DebSystemctlStandIn {
    private final Path dir;

    private DebSystemctlStandIn(Path dir) {
        this.dir = dir;
    }

    /** A unit that is {@code active} (or not) and entered that state {@code secondsAgo} ago. */
    static DebSystemctlStandIn create(Path dir, boolean active, long secondsAgo) throws IOException {
        Files.createDirectories(dir);
        Path systemctl = dir.resolve("systemctl");
        Files.writeString(systemctl, """
                #!/bin/sh
                echo "systemctl $*" >> "%1$s/calls.log"
                case "$1" in
                  is-active) exit %2$d ;;
                  show) echo $(( ($(cut -d. -f1 /proc/uptime) - %3$d) * 1000000 )) ;;
                esac
                exit 0
                """.formatted(dir, active ? 0 : 3, secondsAgo));
        Files.setPosixFilePermissions(systemctl, PosixFilePermissions.fromString("rwx------"));
        return new DebSystemctlStandIn(dir);
    }

    /** Runs {@code health-check.sh mode} with {@code env} and this stand-in first on PATH. */
    ScriptRun runHealthCheck(Path script, String mode, Map<String, String> env) throws IOException, InterruptedException {
        Map<String, String> all = new HashMap<>(env);
        all.put("PATH", dir + ":/usr/bin:/bin");
        return ScriptRun.run(dir, all, 60, List.of(script.toString(), mode));
    }

    /** The systemctl calls made so far, one line each. */
    List<String> calls() throws IOException {
        Path log = dir.resolve("calls.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    List<String> restarts() throws IOException {
        return calls().stream().filter(c -> c.startsWith("systemctl restart")).toList();
    }
}

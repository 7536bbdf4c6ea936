package cn.zwgk.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The sync-server and kiosk packages installed with apt into a throw-away Debian root, the server run there as
 * its system user from its config file, then removed and purged. Opt-in, it takes minutes and needs root, the
 * Debian mirror and debootstrap: {@code ./mvnw -B verify -pl install -Dit.test=DebChrootIT -Dzwgk.chroot=true}.
 */
@EnabledIfSystemProperty(named = "zwgk.chroot", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DebChrootIT {
    private static final String SERVER_DEB = "/tmp/zwgk-sync-server.deb";
    private static final String KIOSK_DEB = "/tmp/zwgk-kiosk.deb";

    private static DebChroot chroot;

    @BeforeAll
    static void freshRoot() throws Exception {
        assertThat(System.getProperty("user.name")).as("the chroot test needs root").isEqualTo("root");
        DebPackages.requireTool("debootstrap", "debootstrap");
        DebPackages.requireTool("unshare", "util-linux");
        Path dir = Path.of(DebPackages.dir().toString(), "chroot").toAbsolutePath();
        chroot = DebChroot.create(dir.resolve("root"));
        Files.copy(DebPackages.deb("zwgk-sync-server"), chroot.path(SERVER_DEB));
        Files.copy(DebPackages.deb("zwgk-kiosk"), chroot.path(KIOSK_DEB));
    }

    @AfterAll
    static void deleteRoot() throws Exception {
        if (chroot != null) {
            chroot.delete();
        }
    }

    @Test
    @Order(1)
    void installCreatesUsersOwnerOnlyDirectoriesAndEnablesTheUnits() throws Exception {
        ScriptRun install = chroot.shOk(1800, "apt-get update -q && apt-get install -y -q --no-install-recommends "
                + SERVER_DEB + " " + KIOSK_DEB);
        assertThat(install.stdout()).contains("zwgk-sync-server installed", "zwgk-kiosk installed");

        assertThat(chroot.shOk(60, "getent passwd zwgk-server zwgk-kiosk zwgk-screen | cut -d: -f1,7").stdout())
                .isEqualTo("zwgk-server:/usr/sbin/nologin\nzwgk-kiosk:/usr/sbin/nologin\nzwgk-screen:/usr/sbin/nologin\n");
        assertThat(chroot.shOk(60, "stat -c '%a %U:%G %n' /var/lib/zwgk-sync-server /var/backups/zwgk-sync-server "
                + "/etc/zwgk/sync-server.env /var/lib/zwgk-kiosk /var/backups/zwgk-kiosk /etc/zwgk/kiosk.env "
                + "/var/lib/zwgk-screen").stdout()).isEqualTo("""
                700 zwgk-server:zwgk-server /var/lib/zwgk-sync-server
                700 zwgk-server:zwgk-server /var/backups/zwgk-sync-server
                640 root:zwgk-server /etc/zwgk/sync-server.env
                700 zwgk-kiosk:zwgk-kiosk /var/lib/zwgk-kiosk
                700 zwgk-kiosk:zwgk-kiosk /var/backups/zwgk-kiosk
                640 root:zwgk-kiosk /etc/zwgk/kiosk.env
                700 zwgk-screen:zwgk-screen /var/lib/zwgk-screen
                """);
        assertThat(chroot.shOk(60, "cd /etc/systemd/system && ls */zwgk-* | sort").stdout()).isEqualTo("""
                multi-user.target.wants/zwgk-kiosk.service
                multi-user.target.wants/zwgk-sync-server.service
                timers.target.wants/zwgk-kiosk-health.timer
                timers.target.wants/zwgk-sync-server-health.timer
                """);
    }

    @Test
    @Order(2)
    void serverRunsAsItsUserFromItsConfigFile() throws Exception {
        int port = DebPackages.freePort();
        // what the unit does: the env file, the system user, the launcher; then /health over loopback
        ScriptRun run = chroot.shOk(400, """
                runuser -u zwgk-server -- sh -c 'set -a; . /etc/zwgk/sync-server.env; cd /var/lib/zwgk-sync-server; \
                exec /usr/bin/zwgk-sync-server serve --host 127.0.0.1 --port %1$d' > /tmp/server.log 2>&1 &
                server=$!
                i=0
                until curl -s -o /tmp/health.json http://127.0.0.1:%1$d/health; do
                  i=$((i + 1)); [ $i -lt 240 ] || { cat /tmp/server.log; exit 1; }; sleep 1
                done
                cat /tmp/health.json; echo
                kill "$server"; wait "$server" || true
                stat -c '%%U' /var/lib/zwgk-sync-server/db
                """.formatted(port));
        assertThat(run.stdout()).contains("\"status\"").endsWith("zwgk-server\n");
    }

    @Test
    @Order(3)
    void removeKeepsConfigAndDataAndMasksTheUnits() throws Exception {
        ScriptRun remove = chroot.shOk(600, "apt-get remove -y -q zwgk-sync-server");
        assertThat(remove.stdout()).contains("data kept", "/var/lib/zwgk-sync-server");
        assertThat(Files.exists(chroot.path("/opt/zwgk-sync-server"))).isFalse();
        assertThat(Files.exists(chroot.path("/usr/bin/zwgk-sync-server"))).isFalse();
        assertThat(chroot.path("/etc/zwgk/sync-server.env")).exists();
        assertThat(chroot.path("/var/lib/zwgk-sync-server/db")).isDirectory();
        assertThat(Files.readSymbolicLink(chroot.path("/etc/systemd/system/zwgk-sync-server.service")))
                .isEqualTo(Path.of("/dev/null"));
    }

    @Test
    @Order(4)
    void purgeRemovesConfigButNeverTheData() throws Exception {
        ScriptRun purge = chroot.shOk(600, "apt-get purge -y -q zwgk-sync-server zwgk-kiosk");
        assertThat(purge.stdout()).contains("data kept");
        assertThat(chroot.path("/etc/zwgk/sync-server.env")).doesNotExist();
        assertThat(chroot.path("/etc/zwgk/kiosk.env")).doesNotExist();
        assertThat(chroot.shOk(60, "dpkg-statoverride --list | grep zwgk || true").stdout()).isEmpty();
        assertThat(Files.exists(chroot.path("/etc/systemd/system/zwgk-sync-server.service"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .as("mask removed").isFalse();
        assertThat(chroot.shOk(60, "ls /etc/systemd/system/*/ | grep zwgk || true").stdout()).isEmpty();
        assertThat(chroot.path("/var/lib/zwgk-sync-server/db")).isDirectory();
        assertThat(chroot.path("/var/backups/zwgk-kiosk")).isDirectory();
        // the data still belongs to zwgk-server, so the user stays; the screen user and its home are gone
        assertThat(chroot.shOk(60, "getent passwd zwgk-server zwgk-screen | cut -d: -f1 || true").stdout())
                .isEqualTo("zwgk-server\n");
        assertThat(chroot.path("/var/lib/zwgk-screen")).doesNotExist();
    }
}

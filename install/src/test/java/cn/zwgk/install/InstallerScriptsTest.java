package cn.zwgk.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * install/server.sh and install/kiosk.sh run for real against a temporary ZWGK_INSTALL_ROOT: real packages
 * (built here from the package trees, without the app-images), real config files, a real HTTP /health; the
 * system commands (apt-get, dpkg-query, systemctl, runuser) and the launchers are recording stand-ins first
 * on PATH (src/test/resources/.../stand-ins). Real installation on a systemd machine is checked by hand.
 */
class InstallerScriptsTest {
    private static final String[] STAND_INS = {"apt-get", "dpkg-query", "systemctl", "runuser", "zwgk-sync-server",
        "zwgk-kiosk"};
    private static final String KEY = "ab".repeat(32);

    @TempDir
    Path tmp;
    Path root;
    Path state;
    Path bin;
    HttpServer health;
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void machine() throws IOException {
        root = Files.createDirectories(tmp.resolve("root"));
        state = Files.createDirectories(tmp.resolve("state"));
        bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createDirectories(root.resolve("run/systemd/system"));
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/os-release"), "PRETTY_NAME=\"Kylin V10\"\nID=kylin\nID_LIKE=debian\n");
        for (String name : STAND_INS) {
            try (InputStream in = getClass().getResourceAsStream("stand-ins/" + name)) {
                Path file = bin.resolve(name);
                Files.copy(in, file);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        health = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        health.createContext("/health", exchange -> {
            byte[] body = "{\"status\":\"ok\",\"checks\":{}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        health.start();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("STUB_STATE", state.toString());
        env.put("ZWGK_INSTALL_ROOT", root.toString());
        env.put("ZWGK_INSTALL_HEALTH_SECONDS", "20");
    }

    @AfterEach
    void stopHealth() {
        health.stop(0);
    }

    int port() {
        return health.getAddress().getPort();
    }

    /** The package tree of install/deb/NAME with a minimal control file, built by dpkg-deb. */
    Path deb(String name) throws Exception {
        Path tree = tmp.resolve("pkg-" + name);
        Path source = Checkout.root().resolve("install/deb").resolve(name).resolve("root");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Path to = tree.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Files.createDirectories(tree.resolve("DEBIAN"));
        Files.writeString(tree.resolve("DEBIAN/control"), "Package: " + name + "\nVersion: 0.1.0-test\n"
                + "Architecture: all\nMaintainer: test <test@zwgk.invalid>\nDescription: test package\n");
        Path deb = tmp.resolve(name + "_0.1.0-test_all.deb");
        ScriptRun built = ScriptRun.run(tmp, Map.of(), 60,
                List.of("dpkg-deb", "--root-owner-group", "--build", tree.toString(), deb.toString()));
        assertThat(built.exitCode()).as("dpkg-deb: %s", built).isZero();
        return deb;
    }

    ScriptRun install(String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Checkout.root().resolve("install").resolve(script).toString()));
        command.addAll(List.of(args));
        return ScriptRun.run(tmp, env, 120, command);
    }

    List<String> calls() throws IOException {
        Path log = state.resolve("calls.log");
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        Files.deleteIfExists(log);
        return lines;
    }

    /** Calls that change the machine (queries such as is-active or dpkg-query are not). */
    static List<String> changing(List<String> calls) {
        return calls.stream().filter(c -> !c.startsWith("dpkg-query") && !c.contains(" is-active ")
                && !c.contains(" is-enabled ")).toList();
    }

    @Nested
    class Server {

        @Test
        void firstRunInstallsConfiguresCreatesTheAdminAndStartsSecondRunChangesNothing() throws Exception {
            Path deb = deb("zwgk-sync-server");
            String[] options = {"--deb", deb.toString(), "--port", String.valueOf(port()), "--ntp-port", "1123"};

            ScriptRun first = install("server.sh", options);

            assertThat(first.exitCode()).as(first.toString()).isZero();
            Path config = root.resolve("etc/zwgk/sync-server.env");
            assertThat(Files.readAllLines(config)).contains("ZWGK_SERVER_PORT=" + port(), "ZWGK_NTP_PORT=1123")
                    .doesNotContain("ZWGK_SERVER_PORT=8080", "ZWGK_NTP_PORT=0");
            String password = Files.readString(state.resolve("staff-add-stdin")).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(first.stdout()).contains("已建立中心管理员：admin", password, "http://127.0.0.1:" + port() + "/health",
                    "journalctl -u zwgk-sync-server.service");
            assertThat(changing(calls())).containsExactly(
                    "apt-get install -y " + deb,
                    "runuser -u zwgk-server -- zwgk-sync-server staff-add --username admin --name 中心管理员"
                            + " --role CENTRAL_ADMIN --if-none --password",
                    "zwgk-sync-server staff-add --username admin --name 中心管理员 --role CENTRAL_ADMIN --if-none"
                            + " --password data=/var/lib/zwgk-sync-server",
                    "systemctl enable --quiet zwgk-sync-server.service",
                    "systemctl enable --quiet zwgk-sync-server-health.timer",
                    "systemctl start zwgk-sync-server.service",
                    "systemctl start zwgk-sync-server-health.timer");
            String configAfterFirst = Files.readString(config);

            ScriptRun second = install("server.sh", options);

            assertThat(second.exitCode()).as(second.toString()).isZero();
            assertThat(changing(calls())).isEmpty();
            assertThat(Files.readString(config)).isEqualTo(configAfterFirst);
            assertThat(second.stdout()).contains("everything was in place: nothing changed.",
                    "unchanged: zwgk-sync-server 0.1.0-test is installed", "unchanged: the first admin exists")
                    .doesNotContain(password, "set ZWGK_");
        }

        @Test
        void aChangedOptionChangesThatLineOnlyAndRestartsTheServer() throws Exception {
            Path deb = deb("zwgk-sync-server");
            assertThat(install("server.sh", "--deb", deb.toString(), "--port", String.valueOf(port())).exitCode()).isZero();
            Path config = root.resolve("etc/zwgk/sync-server.env");
            List<String> before = Files.readAllLines(config);
            calls();

            ScriptRun run = install("server.sh", "--deb", deb.toString(), "--port", String.valueOf(port()),
                    "--ntp-port", "1123");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            List<String> after = Files.readAllLines(config);
            assertThat(after).hasSameSizeAs(before);
            List<String> differing = new ArrayList<>();
            for (int i = 0; i < after.size(); i++) {
                if (!after.get(i).equals(before.get(i))) {
                    differing.add(before.get(i) + " -> " + after.get(i));
                }
            }
            assertThat(differing).containsExactly("ZWGK_NTP_PORT=0 -> ZWGK_NTP_PORT=1123");
            assertThat(changing(calls())).containsExactly("systemctl restart zwgk-sync-server.service");
        }

        @Test
        void anAdminPasswordFromAFileIsUsedAndNotPrinted() throws Exception {
            Path file = tmp.resolve("admin-password");
            Files.writeString(file, "Chosen-by-the-Office-2026\n");

            ScriptRun run = install("server.sh", "--deb", deb("zwgk-sync-server").toString(), "--port",
                    String.valueOf(port()), "--admin-password-file", file.toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(Files.readString(state.resolve("staff-add-stdin"))).isEqualTo("Chosen-by-the-Office-2026\n");
            assertThat(run.stdout()).doesNotContain("Chosen-by-the-Office-2026");
        }
    }

    @Nested
    class Kiosk {

        @Test
        void firstRunEnrolsWithProgressAndLocksTheBrowserDownSecondRunSkipsEnrolment() throws Exception {
            Path deb = deb("zwgk-kiosk");
            String[] options = {"--deb", deb.toString(), "--server", "https://zwgk.example.gov.cn/", "--code",
                "K7Q2-M9XD", "--site", "110199001001", "--kiosk-id", "dongHu-1", "--port", String.valueOf(port()),
                "--server-key-sha256", KEY.toUpperCase(java.util.Locale.ROOT), "--printer", "receipts"};

            ScriptRun first = install("kiosk.sh", options);

            assertThat(first.exitCode()).as(first.toString()).isZero();
            assertThat(first.stdout()).contains("已接收 第 2 页，共 730 条变更…", "登记成功，首次同步完成。",
                    "http://127.0.0.1:" + port() + "/").doesNotContain("flywaydb");
            assertThat(Files.readAllLines(root.resolve("etc/zwgk/kiosk.env"))).contains(
                    "ZWGK_SERVER_URL=https://zwgk.example.gov.cn", "ZWGK_KIOSK_SITE=110199001001",
                    "ZWGK_KIOSK_ID=dongHu-1", "ZWGK_KIOSK_PORT=" + port(), "ZWGK_KIOSK_PRINTER=receipts");
            assertThat(Files.readString(root.resolve("etc/zwgk/kiosk-screen.env"))).isEqualTo(
                    "ZWGK_KIOSK_PORT=" + port() + "\n");
            assertThat(Files.readString(root.resolve("etc/chromium/policies/managed/zwgk-kiosk.json")))
                    .contains("\"URLAllowlist\": [\"http://127.0.0.1:" + port() + "\"]", "\"URLBlocklist\": [\"*\"]");
            assertThat(changing(calls())).containsExactly(
                    "apt-get install -y " + deb,
                    "runuser -u zwgk-kiosk -- zwgk-kiosk --sync-once --enrol-code K7Q2-M9XD --server "
                            + "https://zwgk.example.gov.cn --site 110199001001 --kiosk-id dongHu-1 --data "
                            + "/var/lib/zwgk-kiosk --expect-server-key " + KEY,
                    "zwgk-kiosk --sync-once --enrol-code K7Q2-M9XD --server https://zwgk.example.gov.cn --site "
                            + "110199001001 --kiosk-id dongHu-1 --data /var/lib/zwgk-kiosk --expect-server-key " + KEY,
                    "systemctl enable --quiet zwgk-kiosk.service",
                    "systemctl enable --quiet zwgk-kiosk-health.timer",
                    "systemctl enable --quiet zwgk-kiosk-browser.service",
                    "systemctl start zwgk-kiosk.service",
                    "systemctl start zwgk-kiosk-health.timer",
                    "systemctl start zwgk-kiosk-browser.service");

            ScriptRun second = install("kiosk.sh", options);

            assertThat(second.exitCode()).as(second.toString()).isZero();
            assertThat(changing(calls())).isEmpty();
            assertThat(second.stdout()).contains("unchanged: this kiosk is enrolled",
                    "the code was not used; it can be discarded.", "everything was in place: nothing changed.");
        }

        @Test
        void aFailedEnrolmentSaysWhyStartsTheAppAgainAndIsTriedAgainNextTime() throws Exception {
            env.put("STUB_SYNC_FAIL", "1");
            Path deb = deb("zwgk-kiosk");
            String[] options = {"--deb", deb.toString(), "--server", "https://10.1.2.3:8443", "--code", "K7Q2-M9XD",
                "--site", "110199001001", "--port", String.valueOf(port()), "--server-key-sha256", KEY};

            ScriptRun failed = install("kiosk.sh", options);

            assertThat(failed.exitCode()).isEqualTo(1);
            assertThat(failed.stdout()).contains("同步失败：中心公钥指纹不符");
            assertThat(failed.stderr()).contains("sync stopped at checkpoint 0", "错误：登记或首次同步失败（原因见上方）。",
                    "error: enrolment or the first sync failed (reason above).");
            assertThat(changing(calls())).last().isEqualTo("systemctl start zwgk-kiosk.service");

            env.remove("STUB_SYNC_FAIL");
            ScriptRun again = install("kiosk.sh", options);
            assertThat(again.exitCode()).as(again.toString()).isZero();
            assertThat(calls()).anyMatch(c -> c.startsWith("zwgk-kiosk --sync-once --enrol-code K7Q2-M9XD"));
        }

        @Test
        void theBoardScreenIsEnabledOnlyWhenAskedFor() throws Exception {
            Path deb = deb("zwgk-kiosk");
            String[] base = {"--deb", deb.toString(), "--site", "110199001001", "--port", String.valueOf(port())};
            assertThat(install("kiosk.sh", base).exitCode()).isZero();
            assertThat(calls()).noneMatch(c -> c.contains("zwgk-kiosk-board"));

            List<String> withBoard = new ArrayList<>(List.of(base));
            withBoard.add("--board-screen");
            assertThat(install("kiosk.sh", withBoard.toArray(String[]::new)).exitCode()).isZero();
            assertThat(changing(calls())).containsExactly("systemctl enable --quiet zwgk-kiosk-board.service",
                    "systemctl start zwgk-kiosk-board.service");
        }
    }

    @Nested
    class RefusesWithTheExactReason {

        @Test
        void noCjkFont() throws Exception {
            Path fcList = bin.resolve("fc-list");
            Files.writeString(fcList, "#!/bin/sh\nexit 0\n");
            Files.setPosixFilePermissions(fcList, PosixFilePermissions.fromString("rwxr-xr-x"));

            ScriptRun run = install("kiosk.sh", "--deb", deb("zwgk-kiosk").toString(), "--site", "110199001001");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.stderr()).isEqualTo("错误：缺少中文字体：请执行 apt-get install fonts-noto-cjk fonts-wqy-zenhei\n"
                    + "  error: no CJK font: apt-get install fonts-noto-cjk fonts-wqy-zenhei\n");
            assertThat(calls()).isEmpty();
        }

        @Test
        void notDebian() throws Exception {
            Files.writeString(root.resolve("etc/os-release"), "ID=fedora\nID_LIKE=\"rhel centos\"\n");

            ScriptRun run = install("server.sh", "--deb", deb("zwgk-sync-server").toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.stderr()).contains("错误：本系统（ID=fedora）不是 Debian 系；需要 Debian、Ubuntu、麒麟或统信 UOS。",
                    "error: this system (ID=fedora) is not Debian-based");
            assertThat(calls()).isEmpty();
        }

        @Test
        void noSystemd() throws Exception {
            Files.delete(root.resolve("run/systemd/system"));

            ScriptRun run = install("server.sh", "--deb", deb("zwgk-sync-server").toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.stderr()).contains("error: systemd is not running (no /run/systemd/system)");
        }

        @Test
        void enrolmentWithoutTheKeyFingerprintOrOverPlainHttpToAnotherHost() throws Exception {
            ScriptRun noKey = install("kiosk.sh", "--server", "https://zwgk.example.gov.cn", "--code", "K7Q2-M9XD",
                    "--site", "110199001001");
            assertThat(noKey.exitCode()).isEqualTo(1);
            assertThat(noKey.stderr()).startsWith("错误：登记需要 --server-key-sha256");
            ScriptRun plain = install("kiosk.sh", "--server", "http://10.1.2.3:8080", "--code", "K7Q2-M9XD",
                    "--site", "110199001001", "--server-key-sha256", KEY);
            assertThat(plain.exitCode()).isEqualTo(1);
            assertThat(plain.stderr()).startsWith("错误：拒绝用明文 http:// 连接 http://10.1.2.3:8080")
                    .contains("--insecure");
            assertThat(calls()).isEmpty();
            assertThat(root.resolve("etc/zwgk")).doesNotExist();
        }

        @Test
        void aMalformedSiteCodeBeforeAnythingIsTouched() throws Exception {
            ScriptRun run = install("kiosk.sh", "--server", "http://10.1.2.3:8080", "--code", "K7Q2-M9XD", "--site",
                    "东湖社区");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.stderr()).isEqualTo("错误：--site 须为 12 位区划代码：东湖社区\n"
                    + "  error: --site must be a 12-digit site code: 东湖社区\n");
            assertThat(calls()).isEmpty();
            assertThat(root.resolve("etc/zwgk")).doesNotExist();
        }

        @Test
        void aCodeWithoutAServer() throws Exception {
            ScriptRun run = install("kiosk.sh", "--code", "K7Q2-M9XD", "--site", "110199001001");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.stderr()).contains("error: enrolment needs both --server and --code.");
        }

        @Test
        void helpSaysWhatEachOptionDoes() throws Exception {
            ScriptRun run = install("kiosk.sh", "--help");

            assertThat(run.exitCode()).isZero();
            assertThat(run.stdout()).contains("--server-key-sha256", "--board-screen", "--printer QUEUE");
        }
    }
}

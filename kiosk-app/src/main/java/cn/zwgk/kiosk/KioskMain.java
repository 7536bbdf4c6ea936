package cn.zwgk.kiosk;

import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar kiosk-app.jar [options]}: runs a kiosk. */
@Command(name = "kiosk-app", mixinStandardHelpOptions = true, version = KioskConfig.APP_VERSION,
        description = "政务公开 kiosk: resident screens over an embedded Derby copy of the central data",
        subcommands = {cn.zwgk.kiosk.backup.KioskBackupCommands.Backup.class,
            cn.zwgk.kiosk.backup.KioskBackupCommands.Restore.class})
public final class KioskMain implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "${env:ZWGK_KIOSK_HOST:-127.0.0.1}", description = "default ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--port", defaultValue = "${env:ZWGK_KIOSK_PORT:-8081}", description = "default ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--data", defaultValue = "${env:ZWGK_KIOSK_DATA:-data/kiosk}", description = "default ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--server", defaultValue = "${env:ZWGK_SERVER_URL:-http://127.0.0.1:8080}",
            description = "central sync-server; default ${DEFAULT-VALUE}")
    URI server;

    @Option(names = "--kiosk-id", defaultValue = "${env:ZWGK_KIOSK_ID:-demo-kiosk-1}", description = "default ${DEFAULT-VALUE}")
    String kioskId;

    @Option(names = "--site", defaultValue = "${env:ZWGK_KIOSK_SITE:-110199001001}",
            description = "site code of the community this kiosk serves; default ${DEFAULT-VALUE}")
    String site;

    @Option(names = "--sync-interval", defaultValue = "${env:ZWGK_SYNC_INTERVAL:-PT5M}",
            description = "ISO-8601 duration between light polls for urgent changes (the full sync runs nightly "
                    + "01:00-05:00 in this kiosk's slot); default ${DEFAULT-VALUE}")
    Duration syncInterval;

    @Option(names = "--enrol-code", defaultValue = "${env:ZWGK_ENROL_CODE}",
            description = "one-time code from the central office; used once, when the kiosk is not enrolled yet")
    String enrolCode;

    @Option(names = "--idle-timeout", defaultValue = "${env:ZWGK_IDLE_TIMEOUT:-PT90S}",
            description = "ISO-8601 time without a touch before the kiosk counts down and returns home; default ${DEFAULT-VALUE}")
    Duration idleTimeout;

    @Option(names = "--sync-once",
            description = "run one sync (enrolling first if --enrol-code is given), print the outcome and exit; no UI")
    boolean syncOnce;

    @Option(names = "--insecure", defaultValue = "${env:ZWGK_INSECURE:-false}",
            description = "allow a plain http:// server URL to another host (credentials and requests travel readable)")
    boolean insecure;

    @Option(names = "--expect-server-key", paramLabel = "SHA256",
            description = "with --sync-once: refuse to enrol or sync unless the central key has this SHA-256 "
                    + "(as sync-server enrol-code prints it)")
    String expectServerKey;

    @Option(names = "--zone", defaultValue = "Asia/Shanghai", description = "default ${DEFAULT-VALUE}")
    ZoneId zone;

    private int syncOnce(KioskConfig config) {
        try (var database = cn.zwgk.kiosk.system.KioskDatabase.open(config.derbyDirectory())) {
            var sync = KioskApp.syncService(database, config, cn.zwgk.core.time.AppClock.fromSystemProperty());
            if (enrolCode != null && !enrolCode.isBlank()) {
                sync.useEnrolmentCode(enrolCode);
            }
            sync.expectServerKey(expectServerKey);
            sync.addPageListener(new cn.zwgk.kiosk.sync.SyncProgressPrinter(System.out));
            var result = sync.syncNow();
            System.out.println(result.ok()
                    ? "同步完成：" + result.pages() + " 页，" + result.changes() + " 条变更，检查点 " + result.checkpoint()
                    : "同步失败：" + result.error());
            return result.ok() ? 0 : 1;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new KioskMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        var refused = cn.zwgk.kiosk.sync.ServerAddressCheck.refusal(server, insecure);
        if (refused.isPresent()) {
            System.err.println(refused.get());
            return 2;
        }
        KioskConfig config = new KioskConfig(host, port, dataDir, server, kioskId, site, syncInterval, zone,
                idleTimeout);
        if (syncOnce) {
            return syncOnce(config);
        }
        KioskApp kiosk = KioskApp.create(config, cn.zwgk.core.time.AppClock.fromSystemProperty());
        if (enrolCode != null && !enrolCode.isBlank()) {
            kiosk.sync().useEnrolmentCode(enrolCode);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kiosk.close();
            stopped.countDown();
        }, "shutdown"));
        kiosk.start();
        System.out.println("kiosk listening on " + kiosk.uri() + " (central server " + server + ")");
        stopped.await();
        return 0;
    }
}

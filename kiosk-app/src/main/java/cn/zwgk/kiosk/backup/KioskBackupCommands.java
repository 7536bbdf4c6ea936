package cn.zwgk.kiosk.backup;

import cn.zwgk.core.backup.BackupCli;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.request.RequestCounter;
import cn.zwgk.kiosk.system.KioskDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiosk-app backup|restore}: see the README's "Backup and restore". */
public final class KioskBackupCommands {

    private KioskBackupCommands() {
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "back up now (asks the running kiosk, else opens the database itself)")
    public static class Backup implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", defaultValue = "${env:ZWGK_KIOSK_DATA:-data/kiosk}", description = "default ${DEFAULT-VALUE}")
        Path dataDir;

        @Option(names = "--to", description = "backup root (default ZWGK_BACKUP_DIR, else DATA-backups)")
        Path to;

        @Option(names = "--keep", description = "complete backups kept there (default ZWGK_BACKUP_KEEP, else 7)")
        Integer keep;

        @Override
        public Integer call() {
            return BackupCli.backup(dataDir, to, keep, (root, k) -> {
                try (Database database = KioskDatabase.open(dataDir.resolve("db"))) {
                    return KioskBackup.service(database, dataDir, "", cn.zwgk.core.time.AppClock.fromSystemProperty(), ZoneId.of("Asia/Shanghai"))
                            .runNow(root, k);
                }
            }, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "restore a backup folder into a new, empty data directory")
    public static class Restore implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--from", required = true, description = "one backup folder, e.g. /var/backups/zwgk-kiosk/20260101-053000")
        Path from;

        @Option(names = "--data", required = true, description = "the new kiosk data directory (must be empty or absent)")
        Path dataDir;

        @Override
        public Integer call() {
            return BackupCli.restore(from, dataDir.resolve("db"), KioskBackup.directories(dataDir), () -> {
                try (var database = KioskDatabase.open(dataDir.resolve("db"))) {
                    // codes issued after the backup are on residents' receipts: never hand them out again
                    RequestCounter.skipAheadAfterRestore(database);
                }
            }, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }
}

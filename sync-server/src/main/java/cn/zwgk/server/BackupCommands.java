package cn.zwgk.server;

import cn.zwgk.core.backup.BackupCli;
import cn.zwgk.core.store.Database;
import cn.zwgk.server.backup.ServerBackup;
import cn.zwgk.server.system.CentralDatabase;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup} and {@code restore}: see the README's "Backup and restore". */
final class BackupCommands {

    private BackupCommands() {
    }

    @Command(name = "backup", description = "back up now (asks the running server, else opens the database itself)")
    static class Backup implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ServerMain.StoreOptions store;

        @Option(names = "--to", description = "backup root (default ZWGK_BACKUP_DIR, else DATA-backups)")
        Path to;

        @Option(names = "--keep", description = "complete backups kept there (default ZWGK_BACKUP_KEEP, else 7)")
        Integer keep;

        @Override
        public Integer call() {
            ServerConfig config = store.offline();
            return BackupCli.backup(config.dataDir(), to, keep, (root, k) -> {
                try (Database database = CentralDatabase.open(config)) {
                    return ServerBackup.service(config, database, cn.zwgk.core.time.AppClock.fromSystemProperty(), SyncServer.ZONE).runNow(root, k);
                }
            }, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Command(name = "restore", description = "restore a backup folder into a new, empty data directory")
    static class Restore implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ServerMain.StoreOptions store;

        @Option(names = "--from", required = true, description = "one backup folder, e.g. /var/backups/zwgk-sync-server/20260101-033000")
        Path from;

        @Override
        public Integer call() {
            ServerConfig config = store.offline();
            return BackupCli.restore(from, config.derbyDirectory(), ServerBackup.directories(config),
                    () -> CentralDatabase.open(config).close(), spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }
}

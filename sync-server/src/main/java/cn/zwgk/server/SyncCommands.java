package cn.zwgk.server;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.server.bundle.BundleExportException;
import cn.zwgk.server.bundle.BundleExporter;
import cn.zwgk.server.sync.HardDelete;
import cn.zwgk.server.sync.HardDeleteException;
import cn.zwgk.server.sync.TombstoneHorizon;
import cn.zwgk.server.system.CentralDatabase;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Command-line tools of offline sync: bundle export, tombstone purge, hard delete. */
final class SyncCommands {

    private SyncCommands() {
    }

    /** The person at the command line acts as central administrator (they hold the database files anyway). */
    static StaffSession operator() {
        String user = System.getProperty("user.name", "unknown");
        return new StaffSession("cli:" + (user.length() > 28 ? user.substring(0, 28) : user), "命令行操作员",
                Set.of(Role.CENTRAL_ADMIN), null);
    }

    @Command(name = "bundle", description = "bundle files for sites without a network (FTP drop or USB stick)",
            subcommands = {BundleExport.class})
    static class Bundle {
    }

    @Command(name = "export", description = "write the signed pages a kiosk of SITE needs after SINCE into one file")
    static class BundleExport implements Callable<Integer> {
        @CommandLine.Mixin
        ServerMain.StoreOptions store;

        @Option(names = "--site", required = true, description = "site code the kiosks are enrolled for")
        String site;

        @Option(names = "--since", defaultValue = "0",
                description = "the kiosks' checkpoint (0 = everything); below the tombstone horizon a snapshot is written")
        long since;

        @Option(names = "--out", required = true, description = "bundle file to write, e.g. /media/usb/110199001001.zwgkbundle")
        Path out;

        @Override
        public Integer call() {
            ServerConfig config = store.offline();
            try (Database database = CentralDatabase.open(config)) {
                BundleExporter.Export export = SyncServer.bundleExporterFor(config, database, cn.zwgk.core.time.AppClock.fromSystemProperty())
                        .export(operator(), site, since, out, (fraction, text) -> System.err.printf("%3.0f%% %s%n",
                                fraction * 100, text));
                System.out.println("同步包已写入 " + export.file() + "（站点 " + site + "，第 " + export.manifest().since()
                        + "–" + export.manifest().until() + " 条，" + export.manifest().changeCount() + " 条变更，"
                        + export.bytes() + " 字节" + (export.manifest().reset() ? "，完整快照" : "") + "）");
                return 0;
            } catch (BundleExportException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "purge-tombstones",
            description = "remove deleted records from the change log up to what every active kiosk acknowledged")
    static class PurgeTombstones implements Callable<Integer> {
        @CommandLine.Mixin
        ServerMain.StoreOptions store;

        @Option(names = "--max-idle", defaultValue = "P30D",
                description = "kiosks not seen for this long do not hold the horizon back (they get a snapshot); default ${DEFAULT-VALUE}")
        Duration maxIdle;

        @Override
        public Integer call() {
            try (Database database = CentralDatabase.open(store.offline())) {
                TombstoneHorizon.Purge purge = SyncServer.tombstoneHorizonFor(database, cn.zwgk.core.time.AppClock.fromSystemProperty()).purge(maxIdle);
                System.out.println("墓碑清理完成：清理线为第 " + purge.horizon() + " 条，删除 " + purge.entriesRemoved()
                        + " 条变更记录");
                return 0;
            }
        }
    }

    @Command(name = "hard-delete",
            description = "erase a notice or catalogue item published by mistake from the server, its history and every kiosk")
    static class HardDeleteCommand implements Callable<Integer> {
        @CommandLine.Mixin
        ServerMain.StoreOptions store;

        @Option(names = "--type", required = true, description = "NOTICE or CATALOGUE_ITEM")
        RecordType type;

        @Option(names = "--id", required = true)
        String id;

        @Option(names = "--reason", required = true, description = "why (recorded in the audit log)")
        String reason;

        @Override
        public Integer call() {
            ServerConfig config = store.offline();
            try (Database database = CentralDatabase.open(config)) {
                HardDelete.Result r = SyncServer.hardDeleteFor(config, database, cn.zwgk.core.time.AppClock.fromSystemProperty())
                        .erase(operator(), type, id, reason);
                System.out.println("已彻底删除 " + r.type() + " " + r.id() + "：删除历史记录 " + r.logEntriesErased()
                        + " 条，删除附件 " + r.attachmentsRemoved() + " 个；各终端将在下次轮询（约 5 分钟）内删除");
                return 0;
            } catch (HardDeleteException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }
}

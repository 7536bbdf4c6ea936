package cn.zwgk.core.backup;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code backup} and {@code restore} subcommands of both launchers, without the option parsing
 * (each launcher's picocli command hands its options here). Exit codes: 0 done, 1 failed, 2 refused input.
 */
public final class BackupCli {

    /** Backs up by opening the database itself (the application is not running). */
    @FunctionalInterface
    public interface DirectBackup {
        Path run(Path root, int keep);
    }

    /** Opens the restored data the way the application does (migrations included) and closes it again. */
    @FunctionalInterface
    public interface OpenCheck {
        void run();
    }

    private BackupCli() {
    }

    public static int backup(Path dataDir, Path to, Integer keep, DirectBackup direct, PrintWriter out, PrintWriter err) {
        try {
            BackupSettings settings = BackupSettings.resolve(dataDir);
            Path root = to != null ? to : settings.dir();
            int k = keep != null ? keep : settings.keep();
            if (k < 1) {
                err.println("--keep 必须至少为 1\n--keep must be at least 1");
                return 2;
            }
            Optional<Path> byApp = AdminClient.requestBackup(dataDir.resolve("run"), root, k);
            if (byApp.isPresent()) {
                out.println("备份完成（由运行中的程序执行）：" + byApp.get() + "\nBackup written by the running application: "
                        + byApp.get());
                return 0;
            }
            String owner = ownerOf(dataDir);
            if (owner != null && !owner.equals(System.getProperty("user.name"))) {
                err.println("数据目录 " + dataDir + " 属于用户 " + owner + "，请以该用户运行（sudo -u " + owner
                        + " …），以免数据库文件变成别的用户所有\nThe data directory belongs to " + owner
                        + "; run this as that user (sudo -u " + owner + " …) so the database files keep their owner");
                return 2;
            }
            Path folder = direct.run(root, k);
            out.println("备份完成：" + folder + "\nBackup written: " + folder);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            if (inUse(e)) {
                err.println("数据库正被另一个程序使用，但没有找到它的管理令牌 " + dataDir.resolve("run").resolve(AdminEndpoint.TOKEN_FILE)
                        + "。请先停止该程序，或等它启动完成后再试。\nThe database is in use by another process without an admin token;"
                        + " stop it or retry once it has started.");
            } else {
                err.println("备份失败：" + e.getMessage() + "\nBackup failed.");
            }
            return 1;
        }
    }

    public static int restore(Path from, Path databaseDir, Map<String, Path> directories, OpenCheck open, PrintWriter out,
            PrintWriter err) {
        try {
            BackupRestore.Restored restored = BackupRestore.restore(from, databaseDir, directories);
            BackupManifest m = restored.manifest();
            out.println("已校验备份 " + from + "（" + m.app() + " " + m.version() + "，数据库版本 " + m.schemaVersion() + "，备份于 "
                    + m.createdAt() + "，" + m.files().size() + " 个文件校验一致）");
            if (restored.databaseDir() != null) {
                long rows = m.tables().values().stream().mapToLong(Long::longValue).sum();
                out.println("已恢复数据库到 " + restored.databaseDir() + "：" + m.tables().size() + " 张表、" + rows
                        + " 行，与备份清单一致");
            } else {
                out.println("备份中没有数据库（PostgreSQL 模式）：请用 pg_restore 恢复数据库");
            }
            restored.directories().forEach((name, dir) -> out.println("已恢复 " + name + " 到 " + dir));
            open.run();
            out.println("恢复完成，程序可以在此数据目录上启动。\nRestore complete; the application opens the restored data.");
            return 0;
        } catch (BackupException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("恢复失败：" + e.getMessage() + "\nRestore failed.");
            return 1;
        }
    }

    /** The owner of {@code dataDir}, or null when it does not exist or the file system does not say. */
    private static String ownerOf(Path dataDir) {
        try {
            return java.nio.file.Files.exists(dataDir) ? java.nio.file.Files.getOwner(dataDir).getName() : null;
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static boolean inUse(Throwable e) {
        return cn.zwgk.core.store.StoreInUse.isHeld(e);
    }
}

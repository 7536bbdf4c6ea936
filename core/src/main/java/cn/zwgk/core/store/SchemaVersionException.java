package cn.zwgk.core.store;

/**
 * The database's schema cannot be used by this software: written by a newer version (which may have changed
 * tables this one would misread), or a migration failed. The app stops instead of running on it; the message
 * is for the operator (Chinese first line, English after).
 */
public final class SchemaVersionException extends StoreException {

    private SchemaVersionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param found the newest schema version in the database; @param known the newest this software has */
    public static SchemaVersionException newerThanKnown(String store, String found, String known) {
        return new SchemaVersionException("数据库由更新版本的软件写入（结构版本 " + found + "，本软件只认识到 " + known
                + "），已停止启动，数据没有改动：请安装更新的版本，或恢复用本版本做的备份。\n"
                + "The " + store + " database has schema version " + found + ", newer than this software knows ("
                + known + "); not started, nothing changed. Install the newer version or restore a backup made with "
                + "this one.", null);
    }

    public static SchemaVersionException migrationFailed(String store, Throwable cause) {
        return new SchemaVersionException("数据库升级失败，已停止启动：请查看日志，恢复升级前的备份后再试。\n"
                + "Migrating the " + store + " database failed; not started: " + cause.getMessage(), cause);
    }
}

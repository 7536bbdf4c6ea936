package cn.zwgk.server.catalogue.importing;

/** Told as an import goes on, so a screen can show a progress bar for a large file. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (stage, done, total) -> { };

    /** {@code stage} in Chinese (读取文件, 检查数据, 写入目录). */
    void update(String stage, int done, int total);
}

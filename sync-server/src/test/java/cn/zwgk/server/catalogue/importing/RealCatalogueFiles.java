package cn.zwgk.server.catalogue.importing;

import java.util.List;

/** Real-layout catalogue files for tests outside this package (the command line, the console). */
public final class RealCatalogueFiles {
    private RealCatalogueFiles() {
    }

    /** 填表说明, 社会保险 (8 rows, two-row header, ■/□) and 就业创业领域 (6 rows, three-row header, ☑/☐), 简体. */
    public static byte[] twoDomainsXlsx() {
        return RealCatalogues.workbook(false, true, List.of("社会保险", "就业创业领域"), List.of(
                RealCatalogues.table("城东区社会保险领域基层政务公开标准目录", RealCatalogues.entries("社保", 8, false, false), 2,
                        false, false),
                RealCatalogues.table("城东区就业创业领域基层政务公开标准目录", RealCatalogues.entries("就业", 6, false, false), 3,
                        false, true)));
    }

    /** 社会保险 with an x in the first row's 县级 column. */
    public static byte[] withABadMarkXlsx() {
        RealCatalogues.Table table = RealCatalogues.table("社会保险目录", RealCatalogues.entries("社保", 3, false, false),
                2, false, false);
        table.rows().get(3)[table.rows().get(1).length - 4] = "x";
        return RealCatalogues.workbook(false, false, List.of("社会保险"), List.of(table));
    }
}

package cn.zwgk.server.catalogue.importing;

import java.util.List;
import java.util.Locale;

/** Reads an uploaded spreadsheet: XLSX by its ZIP signature or name, CSV otherwise. */
final class SheetReader {
    private SheetReader() {
    }

    static List<SheetRow> read(String fileName, byte[] file) {
        if (file.length == 0) {
            throw new ImportException("文件是空的。");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = file.length > 4 && file[0] == 'P' && file[1] == 'K';
        if (name.endsWith(".xls") && !zip) {
            throw new ImportException("不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入。");
        }
        return zip || name.endsWith(".xlsx") ? XlsxSheet.read(file) : CsvSheet.read(file);
    }
}

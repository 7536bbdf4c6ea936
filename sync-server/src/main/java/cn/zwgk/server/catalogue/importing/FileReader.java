package cn.zwgk.server.catalogue.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads an uploaded catalogue into its tables, recognising the format by its bytes (the name only decides
 * between guesses): XLSX and DOCX (ZIP), XLS (OLE2 with a Workbook stream), CSV otherwise. What cannot be a
 * catalogue — an encrypted file, an old Word .doc or WPS file, a PDF, a picture — is refused with a Chinese
 * message saying what to do.
 */
final class FileReader {
    static final String SAVE_AS = "请在 Excel、Word 或 WPS 中打开后另存为 .xlsx、.xls、.docx 或 CSV 再导入。";
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private FileReader() {
    }

    static List<SourceSheet> read(String fileName, byte[] file) {
        if (file.length == 0) {
            throw new ImportException("文件是空的。");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(file, "PK".getBytes())) {
            Set<String> entries = zipEntries(file);
            if (entries.contains("word/document.xml") || entries.isEmpty() && name.endsWith(".docx")) {
                return WordTables.read(file);
            }
            if (entries.stream().anyMatch(e -> e.startsWith("xl/")) || entries.isEmpty() || name.endsWith(".xlsx")) {
                return SpreadsheetTables.readXlsx(file);
            }
            throw new ImportException("无法识别的文件（是 ZIP 压缩包，但不是 Excel 或 Word 文件）。" + SAVE_AS);
        }
        if (startsWith(file, OLE2)) {
            return readOle2(name, file);
        }
        if (startsWith(file, "%PDF".getBytes())) {
            throw new ImportException("PDF 文件中的表格无法导入。请使用目录的原始表格文件（.xlsx、.xls、.docx 或 CSV）。");
        }
        if (name.endsWith(".doc") || name.endsWith(".wps") || name.endsWith(".et") || name.endsWith(".xls")
                || name.endsWith(".xlsx") || name.endsWith(".docx") || looksBinary(file) && !CsvSheet.hasUtf16Bom(file)) {
            throw new ImportException("无法识别的文件格式" + (name.contains(".") ? "（" + name.substring(name.lastIndexOf('.'))
                    + "）" : "") + "，文件可能已损坏。" + SAVE_AS);
        }
        String csvName = fileName == null || fileName.isBlank() ? "CSV" : fileName;
        return List.of(new SourceSheet(csvName, "", CsvSheet.read(file), false));
    }

    private static List<SourceSheet> readOle2(String name, byte[] file) {
        Set<String> entries = new HashSet<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            fs.getRoot().getEntryNames().forEach(entries::add);
        } catch (IOException | RuntimeException e) {
            throw new ImportException("无法读取 Excel 文件（" + e.getMessage() + "），文件可能已损坏。" + SAVE_AS, e);
        }
        if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
            throw encrypted();
        }
        if (entries.contains("Workbook") || entries.contains("Book")) {
            return SpreadsheetTables.readXls(file);
        }
        if (entries.contains("WordDocument")) {
            throw new ImportException((name.endsWith(".wps") ? "WPS 文字文件（.wps）" : "旧版 Word 文件（.doc）")
                    + "中的表格无法直接读取。请在 Word 或 WPS 中打开，另存为 .docx 后再导入。");
        }
        throw new ImportException("无法识别的文件（不是 Excel 工作簿也不是 Word 文档）。" + SAVE_AS);
    }

    static ImportException encrypted() {
        return new ImportException("文件已加密（设置了打开密码），无法读取。请在 Excel 或 WPS 中取消密码后另存，再导入。");
    }

    private static Set<String> zipEntries(byte[] file) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && names.size() < 10_000) {
                names.add(e.getName());
            }
        } catch (IOException | RuntimeException broken) {
            // a broken archive: the reader chosen by name reports it
        }
        return names;
    }

    private static boolean looksBinary(byte[] file) {
        for (int i = 0; i < Math.min(file.length, 4096); i++) {
            if (file[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] file, byte[] magic) {
        if (file.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (file[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

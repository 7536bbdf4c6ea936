package cn.zwgk.server.catalogue.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as rows of text. Encoding: UTF-16 with a byte order mark (Excel's "Unicode text", tab-separated),
 * else UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (what Excel on a Chinese Windows
 * saves as "CSV"; a superset of GBK and GB2312).
 */
final class CsvSheet {
    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvSheet() {
    }

    static List<SheetRow> read(byte[] file) {
        String text = decode(file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sniffDelimiter(text)).get();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(v -> cells.add(ChineseText.clean(v)));
                rows.add(new SheetRow(number, cells));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportException("CSV 文件格式有误（" + e.getMessage() + "），请检查引号是否成对。", e);
        }
        return rows;
    }

    static String decode(byte[] file) {
        if (hasUtf16Bom(file)) {
            // Excel's "Unicode text" (tab-separated UTF-16 with a byte order mark)
            return new String(file, StandardCharsets.UTF_16).replace("\uFEFF", "");
        }
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(file, start, file.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(file, GB18030);
        }
    }

    static boolean hasUtf16Bom(byte[] file) {
        return file.length >= 2 && ((file[0] & 0xFF) == 0xFF && (file[1] & 0xFF) == 0xFE
                || (file[0] & 0xFF) == 0xFE && (file[1] & 0xFF) == 0xFF);
    }

    /** Comma unless the first line has more tabs or semicolons (some exports use them). */
    private static char sniffDelimiter(String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        long commas = first.chars().filter(ch -> ch == ',').count();
        long tabs = first.chars().filter(ch -> ch == '\t').count();
        long semis = first.chars().filter(ch -> ch == ';').count();
        return tabs > commas && tabs >= semis ? '\t' : semis > commas ? ';' : ',';
    }
}

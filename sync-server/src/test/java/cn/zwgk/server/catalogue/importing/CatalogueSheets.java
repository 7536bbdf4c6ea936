package cn.zwgk.server.catalogue.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real catalogue spreadsheets for tests, written with POI in the published layout. */
final class CatalogueSheets {
    static final List<String> HEADER = List.of("序号", "一级事项", "二级事项", "公开内容(要素)", "公开依据", "公开时限",
            "公开主体", "公开渠道和载体", "公开对象(全社会/特定群体)", "公开方式(主动/依申请)", "公开层级(县级/乡级)");

    private CatalogueSheets() {
    }

    /** One data row: level1 and name given, the other standard elements filled plausibly. */
    static List<String> row(int serial, String level1, String name, String timeLimit) {
        return new ArrayList<>(List.of(String.valueOf(serial), level1, name, name + "的办理条件、流程和结果",
                "《中华人民共和国社会保险法》", timeLimit, "区人力资源和社会保障局", "政府网站、政务服务中心",
                "全社会", "主动", "县级"));
    }

    /**
     * An XLSX as districts publish it: a title row merged across, the two-row header (公开事项 merged over
     * 一级事项 / 二级事项, the other headers merged down), then the rows; a row given as null is left blank.
     * When {@code mergeLevel1} is set, runs of the same 一级事项 are merged down and only the first cell holds it.
     */
    static byte[] publishedXlsx(String title, List<List<String>> rows, boolean mergeLevel1) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("目录");
            s.createRow(0).createCell(0).setCellValue(title);
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
            Row h1 = s.createRow(1);
            Row h2 = s.createRow(2);
            for (int c = 0; c < HEADER.size(); c++) {
                if (c == 1 || c == 2) {
                    h2.createCell(c).setCellValue(HEADER.get(c));
                } else {
                    h1.createCell(c).setCellValue(HEADER.get(c));
                    s.addMergedRegion(new CellRangeAddress(1, 2, c, c));
                }
            }
            h1.createCell(1).setCellValue("公开事项");
            s.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));
            int r = 3;
            int runStart = -1;
            String runValue = null;
            for (List<String> values : rows) {
                Row row = s.createRow(r);
                if (values != null) {
                    for (int c = 0; c < values.size(); c++) {
                        boolean mergedAway = mergeLevel1 && c == 1 && values.get(1).equals(runValue);
                        if (!mergedAway) {
                            row.createCell(c).setCellValue(values.get(c));
                        }
                    }
                }
                String level1 = values == null ? null : values.get(1);
                if (mergeLevel1 && (level1 == null || !level1.equals(runValue))) {
                    if (runValue != null && r - 1 > runStart) {
                        s.addMergedRegion(new CellRangeAddress(runStart, r - 1, 1, 1));
                    }
                    runStart = r;
                    runValue = level1;
                }
                r++;
            }
            if (mergeLevel1 && runValue != null && r - 1 > runStart) {
                s.addMergedRegion(new CellRangeAddress(runStart, r - 1, 1, 1));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain sheet: one header row, then rows. */
    static byte[] simpleXlsx(List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet();
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV (header + rows) in {@code charset}, optionally with a UTF-8 BOM; fields quoted. */
    static byte[] csv(List<List<String>> rows, Charset charset, boolean bom) {
        StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        for (List<String> row : all) {
            b.append(String.join(",", row.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList()))
                    .append("\r\n");
        }
        return b.toString().getBytes(charset);
    }
}

package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.catalogue.AdministrativeLevel;
import com.ibm.icu.text.Transliterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Catalogues in the layouts districts really publish, generated with POI for tests: a title row merged across;
 * a header of two or three rows with merged cells (公开事项 over 一级/二级(/三级)事项, 公开对象 over 全社会 | 特定群体,
 * 公开方式 over 主动 | 依申请, 公开层级 over 县级 | 乡(镇)级 (| 村级)) holding marks (√ ✓ ✔ ● 是; ○ for "no");
 * 一级事项 merged down, 序号 restarting per 一级事项, line breaks and full-width spaces in cells, several 公开主体 per
 * cell, channels as ■/□ or ☑/☐ lists, blank rows, a 备注 column and a footnote row (注：…). As XLSX, XLS and DOCX
 * (gridSpan / vMerge), in 简体 or 繁體.
 */
final class RealCatalogues {
    /** What one row of a catalogue says, and so what the imported item must hold. */
    record Entry(String level1, String name, String level3, String content, String basis, String timeLimit,
            List<String> bodies, List<String> channels, boolean publicAudience, boolean proactive,
            Set<AdministrativeLevel> levels) {
    }

    static final List<String> ALL_CHANNELS = List.of("政府网站", "政府公报", "政务服务中心", "公开查阅点", "两微一端",
            "社区/企事业单位/村公示栏(电子屏)");
    private static final Transliterator S2T = Transliterator.getInstance("Simplified-Traditional");
    private static final String[] TICKS = {"√", "✓", "✔", "●", "是"};

    private RealCatalogues() {
    }

    static String traditional(String s) {
        return s == null ? null : S2T.transliterate(s);
    }

    /** A domain's catalogue of {@code n} entries in groups of three 一级事项 rows; levels in every combination. */
    static List<Entry> entries(String subject, int n, boolean withLevel3, boolean traditional) {
        List<Entry> out = new ArrayList<>();
        List<Set<AdministrativeLevel>> combos = List.of(EnumSet.of(AdministrativeLevel.COUNTY),
                EnumSet.of(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP),
                EnumSet.of(AdministrativeLevel.TOWNSHIP), EnumSet.allOf(AdministrativeLevel.class),
                EnumSet.of(AdministrativeLevel.TOWNSHIP, AdministrativeLevel.VILLAGE));
        for (int i = 0; i < n; i++) {
            String level1 = subject + "服务第" + (i / 3 + 1) + "类";
            List<String> bodies = i % 2 == 0 ? List.of("区人力资源和社会保障局") : List.of("区人力资源和社会保障局", "各街道办事处");
            List<String> channels = i % 3 == 0 ? List.of("政府网站", "政务服务中心")
                    : List.of("政府网站", "公开查阅点", "社区/企事业单位/村公示栏(电子屏)");
            Entry e = new Entry(level1, subject + "事项" + (i + 1) + "办理", withLevel3 ? "办理指南" + (i + 1) : null,
                    "办理条件、申请材料、办理流程、办理时限", "《中华人民共和国社会保险法》第" + (i + 8) + "条",
                    i % 2 == 0 ? "信息形成或者变更之日起20个工作日内" : "及时公开", bodies, channels, i % 4 != 3,
                    i % 5 != 4, combos.get(i % combos.size()));
            out.add(traditional ? new Entry(traditional(e.level1()), traditional(e.name()), traditional(e.level3()),
                    traditional(e.content()), traditional(e.basis()), traditional(e.timeLimit()),
                    e.bodies().stream().map(RealCatalogues::traditional).toList(),
                    e.channels(), e.publicAudience(), e.proactive(), e.levels()) : e);
        }
        return out;
    }

    /** A table as rows of cells and merged regions {top, left, bottom, right}; only a merge's first cell holds text. */
    record Table(List<String[]> rows, List<int[]> merges) {
    }

    /**
     * The published layout of {@code entries}: title, {@code headerRows} (2 or 3) header rows, data with blank rows
     * between 一级事项, a footnote. {@code boxes}: channels as ☑/☐ instead of ■/□.
     */
    static Table table(String title, List<Entry> entries, int headerRows, boolean traditional, boolean boxes) {
        boolean level3 = entries.stream().anyMatch(e -> e.level3() != null);
        List<String> single = new ArrayList<>(List.of("序号"));
        List<String> columns = new ArrayList<>(List.of("序号", "一级事项", "二级事项"));
        if (level3) {
            columns.add("三级事项");
        }
        int matters = columns.size() - 1;
        List<String> middle = List.of("公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体");
        columns.addAll(middle);
        single.addAll(middle);
        int audience = columns.size();
        columns.addAll(List.of("全社会", "特定群体", "主动", "依申请", "县级", "乡（镇）级", "村级", "备注"));
        int width = columns.size();
        List<String[]> rows = new ArrayList<>();
        List<int[]> merges = new ArrayList<>();
        String[] titleRow = new String[width];
        titleRow[0] = title;
        rows.add(titleRow);
        merges.add(new int[] {0, 0, 0, width - 1});
        String[] top = new String[width];
        String[] sub = new String[width];
        int last = headerRows; // the last header row index
        top[0] = "序号";
        merges.add(new int[] {1, 0, last, 0});
        top[1] = "公开事项";
        merges.add(new int[] {1, 1, 1, matters});
        for (int c = 1; c <= matters; c++) {
            sub[c] = columns.get(c);
            if (last > 2) {
                merges.add(new int[] {2, c, last, c});
            }
        }
        for (int c = matters + 1; c < audience; c++) {
            top[c] = columns.get(c);
            merges.add(new int[] {1, c, last, c});
        }
        String[][] groups = {{"公开对象", "2"}, {"公开方式", "2"}, {"公开层级", "3"}};
        int c = audience;
        for (String[] g : groups) {
            int span = Integer.parseInt(g[1]);
            top[c] = g[0];
            merges.add(new int[] {1, c, 1, c + span - 1});
            for (int k = 0; k < span; k++) {
                sub[c + k] = columns.get(c + k);
                if (last > 2) {
                    merges.add(new int[] {2, c + k, last, c + k});
                }
            }
            c += span;
        }
        top[width - 1] = "备注";
        merges.add(new int[] {1, width - 1, last, width - 1});
        rows.add(top);
        rows.add(sub);
        for (int extra = 3; extra <= last; extra++) {
            rows.add(new String[width]);
        }
        int serial = 0;
        String runLevel1 = null;
        int runStart = -1;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!e.level1().equals(runLevel1)) {
                if (runLevel1 != null) {
                    closeRun(merges, runStart, rows.size() - 1);
                    rows.add(new String[width]); // a blank row between 一级事项
                }
                runLevel1 = e.level1();
                runStart = rows.size();
                serial = 0;
            }
            String[] r = new String[width];
            r[0] = String.valueOf(++serial); // 序号 restarts per 一级事项
            r[1] = rows.size() == runStart ? e.level1() : null;
            r[2] = i == 1 ? wrap(e.name()) : i == 2 ? "\u3000" + e.name() + "\u3000" : e.name();
            if (level3) {
                r[3] = e.level3();
            }
            int m = matters + 1;
            r[m] = e.content().replace("、", "\n");
            r[m + 1] = e.basis();
            r[m + 2] = e.timeLimit();
            r[m + 3] = String.join(i % 4 == 1 ? "\n" : "、", e.bodies());
            r[m + 4] = channelList(e.channels(), boxes, i);
            r[audience] = e.publicAudience() ? tick(i) : i % 2 == 0 ? "○" : null;
            r[audience + 1] = e.publicAudience() ? null : tick(i + 1);
            r[audience + 2] = e.proactive() ? tick(i + 2) : null;
            r[audience + 3] = e.proactive() ? (i % 3 == 0 ? "○" : null) : tick(i + 3);
            r[audience + 4] = e.levels().contains(AdministrativeLevel.COUNTY) ? tick(i) : null;
            r[audience + 5] = e.levels().contains(AdministrativeLevel.TOWNSHIP) ? tick(i + 1) : null;
            r[audience + 6] = e.levels().contains(AdministrativeLevel.VILLAGE) ? tick(i + 2) : "○";
            r[width - 1] = i % 3 == 0 ? "涉及个人隐私的内容不公开" : null;
            rows.add(r);
        }
        closeRun(merges, runStart, rows.size() - 1);
        rows.add(new String[width]);
        String[] note = new String[width];
        note[0] = "注：1. 公开层级打“√”表示该层级负责公开；2. “○”表示不涉及。";
        merges.add(new int[] {rows.size(), 0, rows.size(), width - 1});
        rows.add(note);
        if (traditional) {
            rows.replaceAll(row -> {
                String[] t = new String[row.length];
                for (int k = 0; k < row.length; k++) {
                    t[k] = row[k] == null || row[k].startsWith("■") || row[k].startsWith("☑") || row[k].startsWith("□")
                            || row[k].startsWith("☐") ? row[k] : traditional(row[k]);
                }
                return t;
            });
        }
        return new Table(rows, merges);
    }

    private static void closeRun(List<int[]> merges, int start, int end) {
        if (end > start) {
            merges.add(new int[] {start, 1, end, 1});
        }
    }

    private static String tick(int i) {
        return TICKS[Math.floorMod(i, TICKS.length)];
    }

    private static String wrap(String s) {
        return s.substring(0, s.length() / 2) + "\n" + s.substring(s.length() / 2);
    }

    private static String channelList(List<String> channels, boolean boxes, int i) {
        StringBuilder b = new StringBuilder();
        for (String ch : ALL_CHANNELS) {
            b.append(b.isEmpty() ? "" : i % 2 == 0 ? "\n" : "  ")
                    .append(channels.contains(ch) ? (boxes ? "☑" : "■") : (boxes ? "☐" : "□")).append(ch);
        }
        return b.toString();
    }

    /** A workbook: each (name, table) a sheet, plus a 填表说明 sheet first when {@code withInstructions}. */
    static byte[] workbook(boolean xls, boolean withInstructions, List<String> names, List<Table> tables) {
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (withInstructions) {
                Sheet s = wb.createSheet("填表说明");
                s.createRow(0).createCell(0).setCellValue("填表说明");
                s.createRow(1).createCell(0).setCellValue("1. 二级事项：填写具体的公开事项名称。");
                s.createRow(2).createCell(0).setCellValue("2. 公开层级：在对应层级下打“√”。");
            }
            for (int i = 0; i < names.size(); i++) {
                write(wb.createSheet(names.get(i)), tables.get(i));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Sheet sheet, Table t) {
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = sheet.createRow(r);
            String[] values = t.rows().get(r);
            for (int c = 0; c < values.length; c++) {
                if (values[c] != null) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
        }
        for (int[] m : t.merges()) {
            sheet.addMergedRegion(new CellRangeAddress(m[0], m[2], m[1], m[3]));
        }
    }

    /** A Word document: the title as a paragraph, then the table without its title row, merged by gridSpan / vMerge. */
    static byte[] docx(String title, Table t) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(title);
            List<String[]> rows = t.rows().subList(1, t.rows().size());
            int width = rows.getFirst().length;
            XWPFTable table = doc.createTable(rows.size(), width);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = width - 1; c >= 0; c--) {
                    int[] m = mergeAt(t.merges(), r + 1, c);
                    if (m != null && c > m[1]) {
                        row.removeCell(c);
                        continue;
                    }
                    XWPFTableCell cell = row.getCell(c);
                    if (m != null) {
                        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                        if (m[3] > m[1]) {
                            pr.addNewGridSpan().setVal(BigInteger.valueOf(m[3] - m[1] + 1));
                        }
                        if (m[2] > m[0]) {
                            pr.addNewVMerge().setVal(r + 1 == m[0] ? STMerge.RESTART : STMerge.CONTINUE);
                        }
                    }
                    String value = m != null && r + 1 != m[0] ? null : rows.get(r)[c];
                    if (value != null) {
                        String[] lines = value.split("\n", -1);
                        cell.getParagraphs().getFirst().createRun().setText(lines[0]);
                        for (int k = 1; k < lines.length; k++) {
                            cell.addParagraph().createRun().setText(lines[k]);
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] mergeAt(List<int[]> merges, int r, int c) {
        for (int[] m : merges) {
            if (r >= m[0] && r <= m[2] && c >= m[1] && c <= m[3]) {
                return m;
            }
        }
        return null;
    }
}

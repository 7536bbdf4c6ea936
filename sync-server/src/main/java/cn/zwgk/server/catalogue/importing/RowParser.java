package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.DisclosureMethod;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the data rows of one sheet into {@link ImportedRow}s or rejections whose reason names the cell and says
 * why, in Chinese. A blank 一级事项 takes the one above (CSV exports of sheets whose 一级事项 was merged down leave
 * it blank); split columns are read by their marks; several 公开主体 in a cell are kept, joined by 、.
 */
final class RowParser {
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、，,；;/\\n]+");
    private static final Pattern BODY_SEPARATORS = Pattern.compile("[、，,；;\\n]+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,9})");
    private static final Pattern HAN_BREAK = Pattern.compile("(?<=\\p{IsHan})\\n(?=\\p{IsHan})");
    private static final Pattern FOOTNOTE = Pattern.compile("^(注|备注|附注|说明|填表说明)\\s*[:：0-9一二三四五六七八九十、.．)）]");

    /** A longer cell is data, never a header word (notes in brackets make some headers long). */
    private static final int MAX_HEADER_WORD = 24;

    /** Thrown for a row that cannot become an item; the message is the reason shown to staff. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    private final SourceSheet sheet;
    private final ColumnMapping mapping;
    private final String sheetDomain;
    /** Domain code or name key (简体) → code. */
    private final Map<String, String> domains;
    private String lastLevel1 = "";
    private String lastName = "";
    private int ordinal;

    /**
     * @param sheetDomain the domain of rows without a 领域 cell (from the sheet's name, the staff's choice or the
     *                    title), or null
     */
    RowParser(SourceSheet sheet, ColumnMapping mapping, String sheetDomain, Map<String, String> domains) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.sheetDomain = sheetDomain;
        this.domains = domains;
    }

    ImportedRow parse(SheetRow row) throws Rejected {
        ordinal++;
        List<String> values = row.distinctValues();
        if (values.size() == 1 && get(row, Column.NAME).isEmpty()) {
            throw new Rejected("只有一个单元格有内容（「" + shorten(values.getFirst())
                    + "」），像是分组标题或备注行，不是事项");
        }
        String level1 = oneLine(get(row, Column.LEVEL1));
        if (level1.isEmpty()) {
            level1 = lastLevel1;
        }
        lastLevel1 = level1;
        String name = oneLine(get(row, Column.NAME));
        String level3 = oneLine(get(row, Column.LEVEL3));
        if (name.isEmpty() && !level3.isEmpty()) {
            name = lastName;
        }
        lastName = name;
        if (name.isEmpty()) {
            throw new Rejected(at(row, Column.NAME) + "「二级事项」为空");
        }
        var serial = LEADING_NUMBER.matcher(get(row, Column.SERIAL));
        boolean typed = serial.find();
        return new ImportedRow(sheet.name(), row.number(), domain(row), typed ? Integer.parseInt(serial.group(1)) : ordinal,
                typed, level1, name, blankToNull(level3), get(row, Column.CONTENT),
                get(row, Column.BASIS), oneLine(get(row, Column.TIME_LIMIT)), bodies(get(row, Column.BODY)),
                channels(row), audience(row), method(row), levels(row),
                mapping.columns().containsKey(Column.URL) ? blankToNull(get(row, Column.URL)) : null);
    }

    /** Whether the row repeats the header (files pasted together from several pages, Word tables over pages do). */
    boolean isHeaderAgain(SheetRow row) {
        Integer nameColumn = mapping.columns().get(Column.NAME);
        String name = nameColumn == null ? "" : row.cell(nameColumn);
        if (!name.isEmpty() && name.length() <= MAX_HEADER_WORD && ColumnMapping.recognise(name) != null) {
            return true;
        }
        List<ColumnMapping.Split> splits = mapping.splits();
        return !splits.isEmpty() && splits.stream().allMatch(s -> row.cell(s.index()).equals(s.label()));
    }

    /** A footnote under the table (注：…, 说明：…): skipped with a note, not refused. */
    static boolean isFootnote(SheetRow row) {
        List<String> values = row.distinctValues();
        return values.size() <= 2 && !values.isEmpty() && FOOTNOTE.matcher(values.getFirst()).find();
    }

    private String get(SheetRow row, Column column) {
        Integer index = mapping.columns().get(column);
        return index == null ? "" : row.cell(index);
    }

    /** "单元格 F12（公开对象）：" — the cell of a column in a row, for reasons. */
    private String at(SheetRow row, Column column) {
        Integer index = mapping.columns().get(column);
        return index == null ? "" : "单元格 " + sheet.cell(row.number(), index) + "：";
    }

    private String domain(SheetRow row) throws Rejected {
        String typed = get(row, Column.DOMAIN);
        if (typed.isEmpty()) {
            if (sheetDomain == null) {
                throw new Rejected("没有「领域」：工作表名和标题都不是领域名称，请在导入前选择文件所属的领域");
            }
            return sheetDomain;
        }
        String code = domains.get(ChineseText.key(typed));
        if (code == null) {
            throw new Rejected(at(row, Column.DOMAIN) + "领域「" + typed + "」不存在，请先在目录中添加该领域或更正名称");
        }
        return code;
    }

    /** 公开主体: several bodies (line breaks, 、，；) joined by 、. */
    static String bodies(String cell) {
        return BODY_SEPARATORS.splitAsStream(cell).map(ChineseText::clean).filter(b -> !b.isEmpty()).distinct()
                .collect(Collectors.joining(CatalogueItem.BODY_SEPARATOR));
    }

    private List<String> channels(SheetRow row) throws Rejected {
        List<ColumnMapping.Split> split = mapping.splitsOf(Column.CHANNELS);
        if (split.isEmpty()) {
            return Marks.channels(get(row, Column.CHANNELS));
        }
        List<String> out = new ArrayList<>();
        for (ColumnMapping.Split s : split) {
            if (marked(row, s)) {
                out.add(s.value());
            }
        }
        return out;
    }

    private Audience audience(SheetRow row) throws Rejected {
        if (mapping.splitsOf(Column.AUDIENCE).isEmpty()) {
            return audience(at(row, Column.AUDIENCE), get(row, Column.AUDIENCE));
        }
        // both ticked: 全社会 includes every group
        return ticked(row, Column.AUDIENCE).contains("PUBLIC") ? Audience.PUBLIC : Audience.SPECIFIC_GROUP;
    }

    private DisclosureMethod method(SheetRow row) throws Rejected {
        if (mapping.splitsOf(Column.METHOD).isEmpty()) {
            return method(at(row, Column.METHOD), get(row, Column.METHOD));
        }
        // both ticked: published proactively, and may also be asked for
        return ticked(row, Column.METHOD).contains("PROACTIVE") ? DisclosureMethod.PROACTIVE : DisclosureMethod.ON_REQUEST;
    }

    private Set<AdministrativeLevel> levels(SheetRow row) throws Rejected {
        List<ColumnMapping.Split> split = mapping.splitsOf(Column.LEVEL);
        if (split.isEmpty()) {
            return levels(at(row, Column.LEVEL), get(row, Column.LEVEL));
        }
        Set<String> marked = ticked(row, Column.LEVEL);
        Set<AdministrativeLevel> out = EnumSet.noneOf(AdministrativeLevel.class);
        marked.forEach(v -> out.add(AdministrativeLevel.valueOf(v)));
        return out;
    }

    /** The values ticked in a split column's sub-columns; refused when none is. */
    private Set<String> ticked(SheetRow row, Column group) throws Rejected {
        List<ColumnMapping.Split> split = mapping.splitsOf(group);
        Set<String> values = new java.util.LinkedHashSet<>();
        for (ColumnMapping.Split s : split) {
            if (marked(row, s)) {
                values.add(s.value());
            }
        }
        if (values.isEmpty()) {
            throw new Rejected("「" + group.label() + "」没有打 √（" + split.stream().map(s -> sheet.cell(row.number(),
                    s.index()) + " " + s.label()).collect(Collectors.joining("、")) + " 都是空的）");
        }
        return values;
    }

    private boolean marked(SheetRow row, ColumnMapping.Split s) throws Rejected {
        Boolean ticked = Marks.ticked(row.cell(s.index()));
        if (ticked == null) {
            throw new Rejected("单元格 " + sheet.cell(row.number(), s.index()) + "（" + s.group().label() + "/" + s.label()
                    + "）应打 √ 或留空，填的是「" + shorten(row.cell(s.index())) + "」");
        }
        return ticked;
    }

    static Audience audience(String where, String typed) throws Rejected {
        return switch (ChineseText.headerKey(typed)) {
            case "" -> null;
            case "全社会", "社会公众", "公众", "不特定群体" -> Audience.PUBLIC;
            case "特定群体", "特定对象" -> Audience.SPECIFIC_GROUP;
            default -> throw new Rejected(where + "「公开对象」只能是 全社会 或 特定群体，填的是「" + shorten(typed) + "」");
        };
    }

    static DisclosureMethod method(String where, String typed) throws Rejected {
        return switch (ChineseText.headerKey(typed)) {
            case "" -> null;
            case "主动", "主动公开" -> DisclosureMethod.PROACTIVE;
            case "依申请", "依申请公开" -> DisclosureMethod.ON_REQUEST;
            default -> throw new Rejected(where + "「公开方式」只能是 主动 或 依申请（每行一种），填的是「" + shorten(typed) + "」");
        };
    }

    /** 公开层级 as typed: one level or several ("县级、乡级"); empty when the cell is. */
    static Set<AdministrativeLevel> levels(String where, String typed) throws Rejected {
        Set<AdministrativeLevel> out = EnumSet.noneOf(AdministrativeLevel.class);
        for (String part : LIST_SEPARATORS.split(typed)) {
            String k = ChineseText.headerKey(part);
            if (k.isEmpty()) {
                continue;
            }
            AdministrativeLevel level = levelOf(k);
            if (level == null) {
                throw new Rejected(where + "「公开层级」只能是 县级、乡(镇)级、村级 中的一个或几个，填的是「" + shorten(typed) + "」");
            }
            out.add(level);
        }
        return out;
    }

    /** The level a header key names (县级, 乡(镇)级 → 乡级, 街道级, 村(社区)级 → 村级 …), else null. */
    static AdministrativeLevel levelOf(String key) {
        return switch (key) {
            case "县级", "区级", "县区级", "县市区级", "县", "区", "县区", "县市区", "市辖区级" -> AdministrativeLevel.COUNTY;
            case "乡级", "镇级", "乡镇级", "街道级", "乡镇街道级", "乡", "镇", "乡镇", "街道", "乡镇街道", "街镇级" ->
                    AdministrativeLevel.TOWNSHIP;
            case "村级", "社区级", "村社区级", "村", "社区", "村社区", "村居级" -> AdministrativeLevel.VILLAGE;
            default -> null;
        };
    }

    /** A one-line field: a line break between Chinese characters is a wrap and goes; others become a space. */
    static String oneLine(String s) {
        return HAN_BREAK.matcher(s).replaceAll("").replace('\n', ' ');
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}

package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.DisclosureMethod;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns data rows into {@link ImportedRow}s or rejections with a Chinese reason. A blank 一级事项 takes the
 * one above (CSV exports of sheets whose 一级事项 was merged down leave it blank).
 */
final class RowParser {
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、，,；;/\\n]+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,9})");

    /** Thrown for a row that cannot become an item; the message is the reason shown to staff. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    private final ColumnMapping mapping;
    private final String defaultDomain;
    /** Domain code or name key (简体) → code. */
    private final Map<String, String> domains;
    private String lastLevel1 = "";
    private int ordinal;

    RowParser(ColumnMapping mapping, String defaultDomain, Map<String, String> domains) {
        this.mapping = mapping;
        this.defaultDomain = defaultDomain;
        this.domains = domains;
    }

    ImportedRow parse(SheetRow row) throws Rejected {
        ordinal++;
        if (row.filledCells() == 1 && get(row, Column.NAME).isEmpty()) {
            throw new Rejected("只有一个单元格有内容，像是分组标题或备注行，不是事项");
        }
        String level1 = get(row, Column.LEVEL1);
        if (level1.isEmpty()) {
            level1 = lastLevel1;
        }
        lastLevel1 = level1;
        String name = get(row, Column.NAME);
        if (name.isEmpty()) {
            throw new Rejected("「二级事项」为空");
        }
        return new ImportedRow(row.number(), domain(row), serial(row), level1, name, get(row, Column.CONTENT),
                get(row, Column.BASIS), get(row, Column.TIME_LIMIT), get(row, Column.BODY), channels(row),
                audience(get(row, Column.AUDIENCE)), method(get(row, Column.METHOD)), levels(get(row, Column.LEVEL)),
                mapping.columns().containsKey(Column.URL) ? blankToNull(get(row, Column.URL)) : null);
    }

    /** Whether the row repeats the header (files pasted together from several pages do). */
    boolean isHeaderAgain(SheetRow row) {
        Integer nameColumn = mapping.columns().get(Column.NAME);
        return nameColumn != null && nameColumn < mapping.headers().size()
                && Column.NAME.matches(ChineseText.headerKey(row.cell(nameColumn)));
    }

    private String get(SheetRow row, Column column) {
        Integer index = mapping.columns().get(column);
        return index == null ? "" : row.cell(index);
    }

    private String domain(SheetRow row) throws Rejected {
        String typed = get(row, Column.DOMAIN);
        if (typed.isEmpty()) {
            if (defaultDomain == null) {
                throw new Rejected("没有「领域」，请在导入前选择文件所属的领域");
            }
            return defaultDomain;
        }
        String code = domains.get(ChineseText.key(typed));
        if (code == null) {
            throw new Rejected("领域「" + typed + "」不存在，请先在目录中添加该领域或更正名称");
        }
        return code;
    }

    private int serial(SheetRow row) {
        var m = LEADING_NUMBER.matcher(get(row, Column.SERIAL));
        return m.find() ? Integer.parseInt(m.group(1)) : ordinal;
    }

    private List<String> channels(SheetRow row) {
        List<String> out = new ArrayList<>();
        for (String part : LIST_SEPARATORS.split(get(row, Column.CHANNELS))) {
            String c = ChineseText.clean(part);
            if (!c.isEmpty() && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    static Audience audience(String typed) throws Rejected {
        String k = ChineseText.headerKey(typed);
        return switch (k) {
            case "" -> null;
            case "全社会", "社会公众", "公众" -> Audience.PUBLIC;
            case "特定群体", "特定对象" -> Audience.SPECIFIC_GROUP;
            default -> throw new Rejected("「公开对象」只能是 全社会 或 特定群体，填的是「" + typed + "」");
        };
    }

    static DisclosureMethod method(String typed) throws Rejected {
        String k = ChineseText.headerKey(typed);
        return switch (k) {
            case "" -> null;
            case "主动", "主动公开" -> DisclosureMethod.PROACTIVE;
            case "依申请", "依申请公开" -> DisclosureMethod.ON_REQUEST;
            default -> throw new Rejected("「公开方式」只能是 主动 或 依申请（每行一种），填的是「" + typed + "」");
        };
    }

    /** 公开层级 as typed: one level or several ("县级、乡级"); empty when the cell is. */
    static Set<AdministrativeLevel> levels(String typed) throws Rejected {
        Set<AdministrativeLevel> out = EnumSet.noneOf(AdministrativeLevel.class);
        for (String part : LIST_SEPARATORS.split(typed)) {
            String k = ChineseText.headerKey(part);
            switch (k) {
                case "" -> { }
                case "县级", "区级", "县区级", "县市区级" -> out.add(AdministrativeLevel.COUNTY);
                case "乡级", "镇级", "乡镇级", "街道级", "乡镇街道级" -> out.add(AdministrativeLevel.TOWNSHIP);
                case "村级", "社区级", "村社区级" -> out.add(AdministrativeLevel.VILLAGE);
                default -> throw new Rejected("「公开层级」只能是 县级、乡(镇)级、村级 中的一个或几个，填的是「" + typed + "」");
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}

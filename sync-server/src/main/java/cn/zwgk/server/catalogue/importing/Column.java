package cn.zwgk.server.catalogue.importing;

import java.util.List;

/**
 * The columns of a published standard catalogue (DOMAIN.md §3), with the header texts districts use for
 * them. Headers are compared after {@link ChineseText#key} (width, spaces, 繁→简, bracketed notes dropped),
 * so "公開內容（要素）" matches 公开内容.
 */
public enum Column {
    SERIAL("序号", false, "序号", "编号", "序"),
    LEVEL1("一级事项", true, "一级事项", "事项类别", "公开事项"),
    NAME("二级事项", true, "二级事项", "事项名称", "公开事项名称", "具体事项", "事项"),
    LEVEL3("三级事项", false, "三级事项"),
    CONTENT("公开内容(要素)", true, "公开内容", "公开要素", "公开内容要素"),
    BASIS("公开依据", true, "公开依据", "依据"),
    TIME_LIMIT("公开时限", true, "公开时限", "时限"),
    BODY("公开主体", true, "公开主体", "责任主体", "公开责任主体", "责任单位"),
    CHANNELS("公开渠道和载体", true, "公开渠道和载体", "公开渠道", "公开载体", "渠道和载体"),
    AUDIENCE("公开对象", true, "公开对象", "对象", "公开范围"),
    METHOD("公开方式", true, "公开方式", "方式"),
    LEVEL("公开层级", true, "公开层级", "层级", "公开主体层级"),
    DOMAIN("领域", false, "领域", "所属领域", "公开领域"),
    URL("网上链接", false, "网上链接", "链接", "网址", "网上地址"),
    /** Read and ignored: notes staff keep beside an item. */
    REMARK("备注", false, "备注", "说明");

    private final String label;
    private final boolean required;
    /** Header keys of the texts that name this column. */
    private final List<String> synonyms;

    Column(String label, boolean required, String... synonyms) {
        this.label = label;
        this.required = required;
        this.synonyms = java.util.Arrays.stream(synonyms).map(ChineseText::headerKey).toList();
    }

    /** The header as published. */
    public String label() {
        return label;
    }

    /** Without it no item can be built (the standard elements of DOMAIN.md §3). */
    public boolean required() {
        return required;
    }

    /** Whether a header cell names this column. */
    boolean matches(String headerKey) {
        return synonyms.contains(headerKey);
    }

    /**
     * For the columns published split into sub-columns (公开对象 over 全社会 | 特定群体, 公开方式 over 主动 | 依申请,
     * 公开层级 over 县级 | 乡(镇)级 | 村级, 公开渠道和载体 over one column per channel): the value a sub-header
     * stands for (an enum constant's name, or for channels the channel itself), else null.
     */
    String subValue(String headerKey) {
        return switch (this) {
            case AUDIENCE -> switch (headerKey) {
                case "全社会", "社会公众", "公众", "不特定群体" -> "PUBLIC";
                case "特定群体", "特定对象" -> "SPECIFIC_GROUP";
                default -> null;
            };
            case METHOD -> switch (headerKey) {
                case "主动", "主动公开" -> "PROACTIVE";
                case "依申请", "依申请公开" -> "ON_REQUEST";
                default -> null;
            };
            case LEVEL -> {
                var level = RowParser.levelOf(headerKey);
                yield level == null ? null : level.name();
            }
            case CHANNELS -> headerKey.isEmpty() || headerKey.length() > 30 || Marks.isBox(headerKey) ? null : headerKey;
            default -> null;
        };
    }

    /** The columns whose header may stand over sub-columns, one per value. */
    boolean splits() {
        return this == AUDIENCE || this == METHOD || this == LEVEL || this == CHANNELS;
    }
}

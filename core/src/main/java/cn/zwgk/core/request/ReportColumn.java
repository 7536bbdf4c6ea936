package cn.zwgk.core.request;

/** The columns of table 三: 自然人, the five kinds of 法人或其他组织, 总计. */
public enum ReportColumn {
    NATURAL_PERSON("自然人"),
    COMMERCIAL("商业企业"),
    RESEARCH("科研机构"),
    PUBLIC_WELFARE("社会公益组织"),
    LEGAL_SERVICE("法律服务机构"),
    ORGANISATION_OTHER("其他"),
    TOTAL("总计");

    /** The heading above the five organisation columns. */
    public static final String ORGANISATION_GROUP = "法人或其他组织";

    private final String label;

    ReportColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the five columns under 法人或其他组织. */
    public boolean organisation() {
        return this != NATURAL_PERSON && this != TOTAL;
    }

    /** The column an applicant counts in (never {@link #TOTAL}). */
    public static ReportColumn of(ApplicantType type, OrganisationKind kind) {
        if (type == ApplicantType.NATURAL_PERSON) {
            return NATURAL_PERSON;
        }
        return switch (kind == null ? OrganisationKind.OTHER : kind) {
            case COMMERCIAL -> COMMERCIAL;
            case RESEARCH -> RESEARCH;
            case PUBLIC_WELFARE -> PUBLIC_WELFARE;
            case LEGAL_SERVICE -> LEGAL_SERVICE;
            case OTHER -> ORGANISATION_OTHER;
        };
    }
}

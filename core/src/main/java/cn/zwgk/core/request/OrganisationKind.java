package cn.zwgk.core.request;

/** The kind of a legal person or other organisation: the annual report's columns under 法人或其他组织. */
public enum OrganisationKind {
    COMMERCIAL("商业企业"),
    RESEARCH("科研机构"),
    PUBLIC_WELFARE("社会公益组织"),
    LEGAL_SERVICE("法律服务机构"),
    OTHER("其他");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

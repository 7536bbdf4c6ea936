package cn.zwgk.core.catalogue;

/** 公开方式: published proactively, or only on request. */
public enum DisclosureMethod {
    PROACTIVE("主动"),
    ON_REQUEST("依申请");

    private final String label;

    DisclosureMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

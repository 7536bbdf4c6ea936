package cn.zwgk.core.notice;

/** Lifecycle of a notice. "Expired" is not stored: it is derived from the publicity period. */
public enum NoticeStatus {
    DRAFT("草稿"),
    PUBLISHED("已发布"),
    WITHDRAWN("已撤回");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

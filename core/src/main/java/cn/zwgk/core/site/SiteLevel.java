package cn.zwgk.core.site;

/** The site hierarchy: district (区/县) → street (街道/乡镇) → community (社区/村). */
public enum SiteLevel {
    DISTRICT("区县", null),
    STREET("街道", DISTRICT),
    COMMUNITY("社区", STREET);

    private final String label;
    private final SiteLevel parent;

    SiteLevel(String label, SiteLevel parent) {
        this.label = label;
        this.parent = parent;
    }

    public String label() {
        return label;
    }

    /** The level a site of this level must hang under, or null for the top. */
    public SiteLevel parent() {
        return parent;
    }
}

package cn.zwgk.core.catalogue;

/** 公开层级: which level of government publishes the item. */
public enum AdministrativeLevel {
    COUNTY("县级"),
    TOWNSHIP("乡(镇)级"),
    VILLAGE("村级");

    private final String label;

    AdministrativeLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

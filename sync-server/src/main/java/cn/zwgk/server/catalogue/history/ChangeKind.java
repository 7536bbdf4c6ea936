package cn.zwgk.server.catalogue.history;

/** What a version of a catalogue item did to it. */
public enum ChangeKind {
    CREATED("新增"),
    CHANGED("修改"),
    RETIRED("停用");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

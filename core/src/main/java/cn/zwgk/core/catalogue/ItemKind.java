package cn.zwgk.core.catalogue;

/** What a catalogue entry is: a disclosure item, a policy interpretation (解读) or a hot-question answer (热点问答). */
public enum ItemKind {
    ITEM("公开事项"),
    INTERPRETATION("政策解读"),
    HOT_QUESTION("热点问答");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

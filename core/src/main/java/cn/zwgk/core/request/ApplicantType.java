package cn.zwgk.core.request;

/** Who applies (the first split of the annual report's columns). */
public enum ApplicantType {
    NATURAL_PERSON("自然人"),
    ORGANISATION("法人或其他组织");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

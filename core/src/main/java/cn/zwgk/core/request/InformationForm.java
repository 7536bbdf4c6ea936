package cn.zwgk.core.request;

/** The form in which the applicant wants the information (Art. 29). */
public enum InformationForm {
    PAPER("纸质"),
    ELECTRONIC("电子数据"),
    OTHER("其他");

    private final String label;

    InformationForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

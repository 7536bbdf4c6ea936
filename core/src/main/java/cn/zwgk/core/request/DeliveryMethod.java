package cn.zwgk.core.request;

/** How the applicant obtains the reply (Art. 29). Post needs an address, e-mail an e-mail address. */
public enum DeliveryMethod {
    POST("邮寄", "答复将邮寄到您填写的地址，请留意查收。"),
    EMAIL("电子邮件", "答复将发送到您填写的电子邮箱，请留意查收。"),
    COLLECT("自行领取", "请携带身份证件和申请回执，到政务公开办（政务服务中心政务公开专区）领取答复。");

    private final String label;
    private final String howToCollect;

    DeliveryMethod(String label, String howToCollect) {
        this.label = label;
        this.howToCollect = howToCollect;
    }

    public String label() {
        return label;
    }

    /** What the applicant does to get the reply, in plain words. */
    public String howToCollect() {
        return howToCollect;
    }
}

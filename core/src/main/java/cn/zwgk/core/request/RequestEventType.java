package cn.zwgk.core.request;

/** What can happen to a request; each is one entry of its append-only history. */
public enum RequestEventType {
    SUBMITTED("提交申请"),
    REGISTERED("登记"),
    CORRECTION_REQUESTED("告知补正"),
    CORRECTION_RECEIVED("收到补正材料"),
    DEEMED_WITHDRAWN("逾期未补正，视为撤回"),
    THIRD_PARTY_CONSULTATION_STARTED("征求第三方意见"),
    THIRD_PARTY_CONSULTATION_ENDED("第三方意见征求结束"),
    AGENCY_CONSULTATION_STARTED("征求其他机关意见"),
    AGENCY_CONSULTATION_ENDED("其他机关意见征求结束"),
    FEE_NOTIFIED("发出收费通知"),
    FEE_PAID("申请人已缴费"),
    FEE_LAPSED("逾期未缴费，不再处理"),
    EXTENDED("延期答复"),
    REPLIED("答复"),
    ARCHIVED("归档");

    private final String label;

    RequestEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

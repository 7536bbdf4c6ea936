package cn.zwgk.core.request;

/** Where a request stands, derived from its events by {@link RequestLifecycle}. */
public enum RequestState {
    SUBMITTED("已提交，待登记", "您的申请已收到，工作人员将尽快登记办理。"),
    REGISTERED("办理中", "您的申请已登记，正在办理。"),
    AWAITING_CORRECTION("待补正", "需要您补充或更正申请内容，请按补正告知书的要求在期限内补正；收到补正材料后，答复期限重新起算。"),
    CONSULTING_THIRD_PARTY("征求第三方意见", "正在征求第三方意见，这段时间不计入答复期限。"),
    CONSULTING_AGENCY("征求其他机关意见", "您申请的信息由多个机关共同制作，正在征求其他机关意见，这段时间不计入答复期限。"),
    AWAITING_PAYMENT("待缴费", "您申请的信息数量明显超过合理范围，需按收费通知缴纳信息处理费；缴费前不计入答复期限，"
            + "收到通知后 20 个工作日内未缴费的，申请不再处理。"),
    REPLIED("已答复", "您的申请已经答复。"),
    DEEMED_WITHDRAWN("视为撤回", "您没有在期限内补正，申请视为撤回。如仍需要这些信息，可以重新申请。"),
    LAPSED_UNPAID("逾期未缴费", "您没有在收费通知规定的期限内缴纳费用，申请不再处理。如仍需要这些信息，可以重新申请。"),
    ARCHIVED("已办结归档", "您的申请已办结归档。");

    private final String label;
    private final String explanation;

    RequestState(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** What it means for the applicant, in plain words. */
    public String explanation() {
        return explanation;
    }

    /** True once the request has its outcome (replied or withdrawn), archived or not. */
    public boolean concluded() {
        return this == REPLIED || this == DEEMED_WITHDRAWN || this == LAPSED_UNPAID || this == ARCHIVED;
    }
}

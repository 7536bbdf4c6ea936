package cn.zwgk.core.request;

/**
 * The reply types of the 2019 regulation (Art. 36–39), which are also the outcome rows of the annual report's
 * table 三. Types marked {@link #needsReason()} are given with one of their {@link ReplyReason}s.
 */
public enum ReplyType {
    DISCLOSED("予以公开", false,
            "您申请的信息予以公开。如果这些信息已经主动公开，答复会告诉您在哪里可以查到。"),
    PARTIALLY_DISCLOSED("部分公开", false,
            "您申请的信息中，可以公开的部分予以公开；不能公开的部分，答复中写明了理由。"),
    NOT_DISCLOSED("不予公开", true,
            "依照法律法规，您申请的信息不能公开，答复中写明了具体理由。"),
    UNABLE_TO_PROVIDE("无法提供", true,
            "本机关无法提供您申请的信息，答复中写明了原因；如知道由哪个机关负责，也会告诉您。"),
    NOT_PROCESSED("不予处理", true,
            "您的申请不属于政府信息公开申请的处理范围，答复中写明了原因和可以办理的途径。"),
    OTHER("其他处理", true,
            "您的申请已按其他方式处理，答复中写明了具体情况。");

    private final String label;
    private final boolean needsReason;
    private final String explanation;

    ReplyType(String label, boolean needsReason, String explanation) {
        this.label = label;
        this.needsReason = needsReason;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** True when the reply must name one of this type's reasons. */
    public boolean needsReason() {
        return needsReason;
    }

    /** What the reply means, in plain words for residents. */
    public String explanation() {
        return explanation;
    }
}

package cn.zwgk.core.request;

import java.util.Arrays;
import java.util.List;

/**
 * The reasons of the reply types that need one, exactly the rows of table 三 in the 2021 annual report template
 * (国办公开办函〔2021〕30号), in that order, each with a plain-words explanation for residents.
 */
public enum ReplyReason {
    STATE_SECRET(ReplyType.NOT_DISCLOSED, "属于国家秘密", "这些信息属于国家秘密，依法不能公开。"),
    PROHIBITED_BY_LAW(ReplyType.NOT_DISCLOSED, "其他法律行政法规禁止公开", "其他法律、行政法规规定这些信息不得公开。"),
    ENDANGERS_SECURITY(ReplyType.NOT_DISCLOSED, "危及\"三安全一稳定\"",
            "公开后可能危及国家安全、公共安全、经济安全或者社会稳定。"),
    THIRD_PARTY_RIGHTS(ReplyType.NOT_DISCLOSED, "保护第三方合法权益",
            "公开会损害他人的合法权益（如商业秘密、个人隐私），且对方不同意公开。"),
    INTERNAL_AFFAIRS(ReplyType.NOT_DISCLOSED, "属于三类内部事务信息",
            "这些是机关内部的人事管理、后勤管理或内部工作流程信息，可以不公开。"),
    PROCESS_INFORMATION(ReplyType.NOT_DISCLOSED, "属于四类过程性信息",
            "这些是讨论记录、过程稿、磋商信函或请示报告等过程中的信息，可以不公开。"),
    ENFORCEMENT_FILES(ReplyType.NOT_DISCLOSED, "属于行政执法案卷", "这些属于行政执法案卷信息，可以不公开。"),
    ADMINISTRATIVE_QUERY(ReplyType.NOT_DISCLOSED, "属于行政查询事项",
            "这些信息有专门的查询途径，答复会告诉您到哪里、怎样查询。"),

    NOT_HELD(ReplyType.UNABLE_TO_PROVIDE, "本机关不掌握相关政府信息",
            "本机关没有您要的信息；如知道由哪个机关负责，答复会告诉您。"),
    NEEDS_CREATION(ReplyType.UNABLE_TO_PROVIDE, "没有现成信息需要另行制作",
            "没有现成的信息，需要另外整理、制作，依法可以不提供。"),
    STILL_UNCLEAR(ReplyType.UNABLE_TO_PROVIDE, "补正后申请内容仍不明确",
            "补正后仍无法确定您要的是哪些信息。您可以写明名称、文号等特征后重新申请。"),

    PETITION_OR_COMPLAINT(ReplyType.NOT_PROCESSED, "信访举报投诉类申请",
            "您的申请属于信访、举报或投诉，答复会告诉您应当通过哪个渠道办理。"),
    REPEATED(ReplyType.NOT_PROCESSED, "重复申请", "您以前已经申请过相同的信息，并已得到答复。"),
    PUBLICATION(ReplyType.NOT_PROCESSED, "要求提供公开出版物", "您要的是公开出版物，可以通过书店、图书馆等途径获得。"),
    MASSIVE_REPEATED(ReplyType.NOT_PROCESSED, "无正当理由大量反复申请",
            "申请的数量、频次明显超过合理范围，且没有说明理由。"),
    CONFIRM_OR_REISSUE(ReplyType.NOT_PROCESSED, "要求行政机关确认或重新出具已获取信息",
            "您要求确认或重新出具已经获取的信息，不属于政府信息公开的范围。"),

    OVERDUE_CORRECTION(ReplyType.OTHER, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "您没有在期限内补正申请，视为放弃申请，本机关不再处理。"),
    OVERDUE_FEE(ReplyType.OTHER, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "您没有在期限内缴纳信息处理费，本机关不再处理该申请。"),
    OTHER(ReplyType.OTHER, "其他", "答复中写明了具体处理情况。");

    private final ReplyType type;
    private final String label;
    private final String explanation;

    ReplyReason(ReplyType type, String label, String explanation) {
        this.type = type;
        this.label = label;
        this.explanation = explanation;
    }

    /** The reply type this reason belongs to. */
    public ReplyType type() {
        return type;
    }

    /** The row label of the annual report. */
    public String label() {
        return label;
    }

    /** What it means, in plain words for residents. */
    public String explanation() {
        return explanation;
    }

    /** The reasons of {@code type}, in the report's order (empty for types without reasons). */
    public static List<ReplyReason> of(ReplyType type) {
        return Arrays.stream(values()).filter(r -> r.type == type).toList();
    }
}

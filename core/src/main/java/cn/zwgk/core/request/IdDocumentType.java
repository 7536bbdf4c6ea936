package cn.zwgk.core.request;

import java.util.Optional;

/** The document that proves the applicant's identity, with the check its number must pass. */
public enum IdDocumentType {
    RESIDENT_ID("居民身份证", false),
    HK_MACAO_PERMIT("港澳居民来往内地通行证", false),
    TAIWAN_PERMIT("台湾居民来往大陆通行证", false),
    PASSPORT("护照", false),
    CREDIT_CODE("统一社会信用代码", true),
    OTHER("其他", false);

    private final String label;
    private final boolean forOrganisation;

    IdDocumentType(String label, boolean forOrganisation) {
        this.label = label;
        this.forOrganisation = forOrganisation;
    }

    public String label() {
        return label;
    }

    /** True for the document an organisation proves itself with (the credit code). */
    public boolean forOrganisation() {
        return forOrganisation;
    }

    /** What is wrong with {@code number} for this document type, in Chinese; empty when it passes. */
    public Optional<String> problem(String number) {
        if (number == null || number.isBlank()) {
            return Optional.of("不能为空");
        }
        String n = number.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (this) {
            case RESIDENT_ID -> ResidentIdNumber.problem(n);
            case CREDIT_CODE -> UnifiedSocialCreditCode.problem(n);
            case HK_MACAO_PERMIT -> n.matches("[HM]\\d{8}(\\d{2})?") ? Optional.empty()
                    : Optional.of("港澳居民来往内地通行证号码应为 H 或 M 开头加 8 位或 10 位数字");
            case TAIWAN_PERMIT -> n.matches("\\d{8}|\\d{10}") ? Optional.empty()
                    : Optional.of("台湾居民来往大陆通行证号码应为 8 位或 10 位数字");
            case PASSPORT -> n.matches("[A-Z0-9]{5,17}") ? Optional.empty()
                    : Optional.of("护照号码应为 5 到 17 位字母或数字");
            case OTHER -> n.length() <= 40 ? Optional.empty() : Optional.of("证件号码不能超过 40 个字符");
        };
    }
}

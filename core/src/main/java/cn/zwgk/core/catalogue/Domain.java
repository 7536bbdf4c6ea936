package cn.zwgk.core.catalogue;

import cn.zwgk.core.validation.Violations;

/**
 * A disclosure domain (领域), e.g. 社会保险. Domains are data delivered by the central server:
 * localities add and drop them, so no code may enumerate them.
 *
 * @param code      stable identifier, e.g. {@code social-insurance}
 * @param name      display name in Simplified Chinese
 * @param sortOrder position on the kiosk home screen
 */
public record Domain(String code, String name, int sortOrder) {

    public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";

    public Violations validate() {
        return new Violations()
                .require("code", "领域代码", code)
                .matches("code", "领域代码", code, CODE_PATTERN, "只能包含小写字母、数字和连字符")
                .require("name", "领域名称", name)
                .maxLength("name", "领域名称", name, 50);
    }
}

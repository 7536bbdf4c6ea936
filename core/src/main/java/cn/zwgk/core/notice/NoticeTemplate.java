package cn.zwgk.core.notice;

import java.util.List;

/**
 * The metadata of a notice template: synced from the central office like data (the HTML/CSS renderings
 * live in board-templates).
 *
 * @param id                  stable id, referenced by {@code Notice.templateId()}
 * @param name                e.g. 低保/特困 公示
 * @param category            the notice category it produces (DOMAIN.md §5)
 * @param publicityDays       default publicity period in days; 0 = open-ended (until withdrawn)
 * @param objectionContact    whether the notice must name whom to contact with an objection
 * @param fields              what staff fill in besides title and body
 * @param version             raised by the central office on every change of fields or markup (1 when absent);
 *                            a notice records the version it was written with and is rendered with it
 * @param markup              the FreeMarker ({@code .ftlh}) source of the rendering; null = the built-in one
 *                            of board-templates for this id
 */
public record NoticeTemplate(String id, String name, String category, int publicityDays, boolean objectionContact,
        List<TemplateField> fields, int version, String markup) {

    public NoticeTemplate {
        fields = fields == null ? List.of() : List.copyOf(fields);
        version = Math.max(1, version);
    }

    /** A template without markup of its own, version 1. */
    public NoticeTemplate(String id, String name, String category, int publicityDays, boolean objectionContact,
            List<TemplateField> fields) {
        this(id, name, category, publicityDays, objectionContact, fields, 1, null);
    }

    public cn.zwgk.core.validation.Violations validate() {
        cn.zwgk.core.validation.Violations v = new cn.zwgk.core.validation.Violations()
                .require("id", "模板标识", id)
                .matches("id", "模板标识", id, "[a-z0-9][a-z0-9-]{0,39}", "只能包含小写字母、数字和连字符")
                .require("name", "模板名称", name)
                .require("category", "公告类别", category);
        if (publicityDays < 0) {
            v.add("publicityDays", "默认公示天数", "不能为负数");
        }
        for (TemplateField f : fields) {
            v.require("fields", "字段名", f.name());
        }
        return v;
    }

    public boolean openEnded() {
        return publicityDays == 0;
    }
}

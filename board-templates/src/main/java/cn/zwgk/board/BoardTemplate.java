package cn.zwgk.board;

import java.util.List;

/**
 * The metadata of a notice template (the HTML/CSS renderings come with the board issue).
 *
 * @param id                  stable id, referenced by {@code Notice.templateId()}
 * @param name                e.g. 低保/特困 公示
 * @param category            the notice category it produces (DOMAIN.md §5)
 * @param publicityDays       default publicity period in days; 0 = open-ended (until withdrawn)
 * @param objectionContact    whether the notice must name whom to contact with an objection
 * @param fields              what staff fill in besides title and body
 */
public record BoardTemplate(String id, String name, String category, int publicityDays, boolean objectionContact,
        List<TemplateField> fields) {

    public BoardTemplate {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public boolean openEnded() {
        return publicityDays == 0;
    }
}

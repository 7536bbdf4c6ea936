package cn.zwgk.board.edit;

import cn.zwgk.board.render.Ledger;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.TemplateField;
import cn.zwgk.core.validation.Violations;

/**
 * What a notice must satisfy before it is saved or published, beyond the record's own rules: the template's
 * fields (required ones filled, none longer than its limit — the message names the limit), ledger lines that
 * parse (so totals can be computed), an objection contact where the template asks for one. Used by the
 * kiosk's editor and the central console alike.
 */
public final class NoticeCheck {
    private NoticeCheck() {
    }

    /** A draft may be incomplete; it must still respect the limits. */
    public static Violations draft(NoticeTemplate template, Notice n) {
        Violations v = n.validate();
        for (TemplateField f : template.fields()) {
            String value = n.fields().get(f.name());
            v.maxLength("fields." + f.name(), shortLabel(f), value, f.maxLength());
        }
        return v;
    }

    /** What publishing needs: the draft rules, required fields, ledgers that add up, the objection contact. */
    public static Violations publish(NoticeTemplate template, Notice n) {
        Violations v = draft(template, n);
        for (TemplateField f : template.fields()) {
            String value = n.fields().get(f.name());
            if (f.required()) {
                v.require("fields." + f.name(), shortLabel(f), value);
            }
            if ("ledger".equals(f.type()) && value != null && !value.isBlank()) {
                try {
                    Ledger.parse(value);
                } catch (IllegalArgumentException e) {
                    v.add("fields." + f.name(), shortLabel(f), e.getMessage());
                }
            }
        }
        if (template.objectionContact()) {
            v.require("objectionContact", "异议联系方式", n.objectionContact());
        }
        if (n.status() == NoticeStatus.PUBLISHED && n.period() != null && n.period().end() == null && !template.openEnded()) {
            v.add("period.end", "公示期结束日期", "此类公告须填写公示期结束日期（默认 " + template.publicityDays() + " 天）");
        }
        return v;
    }

    /** The label without its typing hint in brackets: 公示家庭（每行：…） → 公示家庭. */
    static String shortLabel(TemplateField f) {
        String label = f.label() == null ? f.name() : f.label();
        int bracket = label.indexOf('（');
        return bracket > 0 ? label.substring(0, bracket) : label;
    }
}

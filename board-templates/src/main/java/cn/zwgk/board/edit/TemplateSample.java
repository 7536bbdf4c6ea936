package cn.zwgk.board.edit;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.PublicityPeriod;
import cn.zwgk.core.notice.TemplateField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A notice filled with sample data for a template version: what its check renders and the console previews. */
public final class TemplateSample {
    private TemplateSample() {
    }

    public static Notice notice(NoticeTemplate t) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (TemplateField f : t.fields()) {
            fields.put(f.name(), value(f));
        }
        LocalDate start = LocalDate.of(2026, 11, 2);
        return new Notice(UUID.nameUUIDFromBytes(("sample:" + t.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString(), "110199001001", t.id(), t.category(), "【示例】" + t.name(),
                "这是模板预览用的示例正文。\n第二段：居民如有疑问，请与社区居委会联系。", fields,
                new PublicityPeriod(start, t.openEnded() ? null : start.plusDays(t.publicityDays() - 1L)),
                t.objectionContact() ? "社区居委会 电话 010-65111001" : null, "东湖社区居民委员会", NoticeStatus.PUBLISHED,
                NoticeOrigin.CENTRAL, "preview", 1, Instant.parse("2026-11-02T00:00:00Z"), List.of(), t.version(), false,
                false);
    }

    /** Works for every type: a ledger line ("项目：金额") and a roster line ("姓名，人数，金额") alike. */
    private static String value(TemplateField f) {
        String sample = switch (f.type() == null ? "text" : f.type()) {
            case "list", "ledger" -> "张三明，2人，1200元\n李四，1人，800.50元";
            case "multiline" -> "示例" + label(f) + "第一行\n示例" + label(f) + "第二行";
            default -> "示例" + label(f);
        };
        return sample.length() > f.maxLength() ? sample.substring(0, Math.max(0, f.maxLength())) : sample;
    }

    private static String label(TemplateField f) {
        return NoticeCheck.shortLabel(f);
    }
}

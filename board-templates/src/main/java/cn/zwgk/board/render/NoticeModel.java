package cn.zwgk.board.render;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.PublicityPeriod;
import cn.zwgk.core.notice.TemplateField;
import cn.zwgk.core.privacy.Deidentification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a template sees of a notice: plain strings, lists and maps (no Java objects to call into), every
 * value already de-identified. Values stay raw text here: FreeMarker's HTML output format escapes them.
 */
final class NoticeModel {
    /** List cells are separated by the Chinese comma or colon staff type (张*明，3人，1200元/月). */
    private static final Pattern CELL_SEPARATOR = Pattern.compile("[，：]");
    private static final Pattern PERSONS = Pattern.compile("(\\d+)\\s*人");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d{1,2})?)\\s*元");

    private NoticeModel() {
    }

    static Map<String, Object> of(Notice n, NoticeTemplate template, String onlineUrl, Medium medium) {
        return of(n, template, onlineUrl, medium, AttachmentSource.NONE);
    }

    static Map<String, Object> of(Notice n, NoticeTemplate template, String onlineUrl, Medium medium, AttachmentSource files) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", n.id());
        m.put("templateId", n.templateId());
        m.put("medium", medium.name().toLowerCase());
        m.put("category", text(n.category()));
        m.put("title", text(n.title()));
        m.put("issuer", text(n.issuer()));
        m.put("date", n.period() == null || n.period().start() == null ? "" : chinese(n.period().start()));
        m.put("period", period(n.period()));
        m.put("objection", text(n.objectionContact()));
        m.put("paragraphs", lines(text(n.body())));
        m.put("qr", onlineUrl == null ? "" : QrDataUri.of(onlineUrl));
        m.put("onlineUrl", onlineUrl == null ? "" : onlineUrl);
        Map<String, String> labels = new HashMap<>();
        if (template != null) {
            template.fields().forEach(f -> labels.put(f.name(), f.label()));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        n.fields().forEach((name, value) -> fields.put(name, field(labels.getOrDefault(name, name), value)));
        if (template != null) {
            for (TemplateField f : template.fields()) {
                fields.putIfAbsent(f.name(), field(f.label(), ""));
            }
        }
        m.put("fields", fields);
        m.put("balance", balance(n));
        m.put("images", images(n, files));
        return m;
    }

    /** Attached images present here, as data URIs (JPEG, PNG or GIF by their first bytes; anything else left out). */
    private static List<String> images(Notice n, AttachmentSource files) {
        List<String> uris = new ArrayList<>();
        for (String sha : n.attachments()) {
            files.bytes(sha).ifPresent(b -> {
                String type = b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 ? "image/jpeg"
                        : b.length > 4 && b[0] == (byte) 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' ? "image/png"
                        : b.length > 3 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' ? "image/gif" : null;
                if (type != null) {
                    uris.add("data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(b));
                }
            });
        }
        return uris;
    }

    /** Income total minus expense total where the notice has both (财务公开), else "". */
    private static String balance(Notice n) {
        String income = n.fields().get("income");
        String expense = n.fields().get("expense");
        if (income == null || expense == null) {
            return "";
        }
        return Ledger.format(Ledger.parseLenient(income).total().subtract(Ledger.parseLenient(expense).total()));
    }

    /** Chinese long date, e.g. 2026年10月1日. */
    static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    static String period(PublicityPeriod p) {
        if (p == null || p.start() == null) {
            return "";
        }
        return p.end() == null ? "自" + chinese(p.start()) + "起长期有效" : chinese(p.start()) + "至" + chinese(p.end());
    }

    private static Map<String, Object> field(String label, String raw) {
        String value = text(raw);
        List<String> lines = lines(value);
        List<List<String>> rows = pad(lines.stream().map(NoticeModel::cells).toList());
        List<List<String>> roster = rows.stream().map(r -> {
            List<String> masked = new ArrayList<>(r);
            masked.set(0, Deidentification.name(r.getFirst()));
            return List.copyOf(masked);
        }).toList();
        Map<String, Object> f = new HashMap<>();
        f.put("label", label);
        f.put("text", value);
        f.put("present", !value.isBlank());
        f.put("lines", lines);
        f.put("items", lines.size() == 1 ? Arrays.stream(lines.getFirst().split("[、；;]")).map(String::strip)
                .filter(i -> !i.isEmpty()).toList() : lines);
        f.put("rows", rows);
        f.put("roster", roster);
        f.put("tally", tally(rows));
        Ledger ledger = Ledger.parseLenient(value);
        f.put("ledger", ledger.entries().stream().map(e -> Map.of("item", e.item(), "amount", e.amountText())).toList());
        f.put("total", Ledger.format(ledger.total()));
        f.put("totalValue", ledger.total());
        return f;
    }

    /** Count of rows, and the sums of "N人" and "N元" cells where every row has one ("" where not). */
    private static Map<String, Object> tally(List<List<String>> rows) {
        int persons = 0;
        BigDecimal amount = BigDecimal.ZERO;
        boolean allPersons = !rows.isEmpty();
        boolean allAmounts = !rows.isEmpty();
        for (List<String> row : rows) {
            Integer p = null;
            BigDecimal a = null;
            for (String cell : row.subList(1, row.size())) {
                Matcher pm = PERSONS.matcher(cell);
                if (p == null && pm.find()) {
                    p = Integer.parseInt(pm.group(1));
                }
                Matcher am = AMOUNT.matcher(cell.replace(",", ""));
                if (am.find()) {
                    a = new BigDecimal(am.group(1));
                }
            }
            allPersons &= p != null;
            allAmounts &= a != null;
            persons += p == null ? 0 : p;
            amount = a == null ? amount : amount.add(a);
        }
        Map<String, Object> t = new HashMap<>();
        t.put("count", rows.size());
        t.put("persons", allPersons ? String.valueOf(persons) : "");
        t.put("amount", allAmounts ? amount.stripTrailingZeros().toPlainString() : "");
        return t;
    }

    /** Every row as wide as the widest, so table columns line up. */
    private static List<List<String>> pad(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        return rows.stream().map(r -> {
            List<String> padded = new ArrayList<>(r);
            while (padded.size() < width) {
                padded.add("");
            }
            return List.copyOf(padded);
        }).toList();
    }

    private static List<String> cells(String line) {
        return Arrays.stream(CELL_SEPARATOR.split(line)).map(String::strip).toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String text(String s) {
        return Deidentification.inText(s);
    }
}

package cn.zwgk.board.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The income or expense lines of a 财务公开 notice ("办公用品购置：1,234.50元"), parsed so that totals are
 * computed, never typed.
 */
public record Ledger(List<Entry> entries) {
    private static final Pattern LINE = Pattern.compile("(.+?)[：:，,\\s]+(-?[0-9][0-9,]*(?:\\.[0-9]{1,2})?)\\s*元?\\s*");

    /** One line: what the money was for and how much (yuan, two decimals). */
    public record Entry(String item, BigDecimal amount) {
        public String amountText() {
            return format(amount);
        }
    }

    public Ledger {
        entries = List.copyOf(entries);
    }

    /** Lines that are not "item：amount" throw {@link IllegalArgumentException} naming the line (1-based). */
    public static Ledger parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LINE.matcher(lines.get(i));
            if (!m.matches()) {
                throw new IllegalArgumentException("第 " + (i + 1) + " 行“" + lines.get(i) + "”应写成“项目：金额元”，例如“办公用品购置：1234.50元”");
            }
            entries.add(new Entry(m.group(1).strip(), new BigDecimal(m.group(2).replace(",", "")).setScale(2, RoundingMode.HALF_UP)));
        }
        return new Ledger(entries);
    }

    /** Parses leniently for display: lines that do not parse are left out of the table and the totals. */
    static Ledger parseLenient(String text) {
        List<Entry> entries = new ArrayList<>();
        if (text != null) {
            text.lines().map(String::strip).forEach(l -> {
                Matcher m = LINE.matcher(l);
                if (m.matches()) {
                    entries.add(new Entry(m.group(1).strip(), new BigDecimal(m.group(2).replace(",", "")).setScale(2, RoundingMode.HALF_UP)));
                }
            });
        }
        return new Ledger(entries);
    }

    public BigDecimal total() {
        return entries.stream().map(Entry::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** 1234567.5 → 1,234,567.50 */
    public static String format(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(amount);
    }
}

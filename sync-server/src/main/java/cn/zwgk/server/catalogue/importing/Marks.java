package cn.zwgk.server.catalogue.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks of published catalogues: a tick in a split column (√ ✓ ✔ ● 是 …; ○ is <em>not</em> a mark, nor × 否
 * 无), and channel lists with filled and empty boxes (■政府网站 □政府公报, ☑ / ☐).
 */
final class Marks {
    /** Keys ({@link ChineseText#key}) that mean "ticked". */
    private static final Set<String> TICKS = Set.of("√", "✓", "✔", "●", "是", "☑", "■", "✅", "☒", "v", "y", "yes");
    /** Keys that mean "not ticked" besides an empty cell. */
    private static final Set<String> NOT_TICKED = Set.of("○", "◯", "×", "✗", "✘", "否", "无", "-", "—", "/", "□", "☐");
    private static final String FILLED_BOXES = "■☑☒√✓✔●";
    private static final String EMPTY_BOXES = "□☐○◯";
    private static final Pattern BOXED = Pattern.compile("([" + FILLED_BOXES + EMPTY_BOXES + "])([^" + FILLED_BOXES
            + EMPTY_BOXES + "]*)");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、，,；;\\n]+");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s、，,；;.。]+|[\\s、，,；;.。]+$");

    private Marks() {
    }

    /** Whether a split column's cell is a tick; null when it is neither a tick nor empty (the row is refused). */
    static Boolean ticked(String cell) {
        String k = ChineseText.key(cell);
        if (k.isEmpty() || NOT_TICKED.contains(k)) {
            return Boolean.FALSE;
        }
        return TICKS.contains(k) ? Boolean.TRUE : null;
    }

    /** Whether text is only a box or tick character (not a channel name). */
    static boolean isBox(String text) {
        return text.length() == 1 && (FILLED_BOXES + EMPTY_BOXES).contains(text);
    }

    /**
     * The channels of a 公开渠道和载体 cell: with boxes, only the names after a filled box; without, the
     * names separated by 、，；, or line breaks (not "/", which is part of 发布会/听证会 and 入户/现场).
     */
    static List<String> channels(String cell) {
        List<String> out = new ArrayList<>();
        boolean boxed = cell.chars().anyMatch(ch -> (FILLED_BOXES + EMPTY_BOXES).indexOf(ch) >= 0);
        if (boxed) {
            Matcher m = BOXED.matcher(cell);
            while (m.find()) {
                if (FILLED_BOXES.indexOf(m.group(1).charAt(0)) >= 0) {
                    addAll(out, m.group(2));
                }
            }
            return out;
        }
        addAll(out, cell);
        return out;
    }

    private static void addAll(List<String> out, String text) {
        for (String part : LIST_SEPARATORS.split(text)) {
            String c = EDGE_SEPARATORS.matcher(ChineseText.clean(part)).replaceAll("");
            if (!c.isEmpty() && !out.contains(c)) {
                out.add(c);
            }
        }
    }
}

package cn.zwgk.board.print;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a cell, at the places ICU's line {@link BreakIterator} allows (Unicode
 * UAX #14, which carries the Chinese 行首行尾禁则: no line starts with ，。、；：？！）」〕 or …, none ends with
 * （「〔, and a Latin word or a number such as {@code 2024} stays whole). Only a run longer than a whole line
 * (a URL) is broken between characters. On top of UAX #14 no line starts with a 连接号 or 间隔号 ({@code —～·}, as
 * in {@code 2021—2025}), which the Unicode rules allow to. Characters the font has no glyph for are printed as "?" (the list
 * stays readable; a box would look like a printing fault).
 */
final class TextLines {
    static final String MISSING = "?";
    private static final String ELLIPSIS = "…";
    /** Connecting and separating marks that the Unicode rules let begin a line, but Chinese typesetting does not. */
    private static final String NO_BREAK_BEFORE = "—～·・";

    private final PDFont font;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final BreakIterator breaks = BreakIterator.getLineInstance(ULocale.SIMPLIFIED_CHINESE);

    TextLines(PDFont font) {
        this.font = font;
    }

    /** {@code text} as lines no wider than {@code width} at {@code size} pt, at most {@code maxLines} (cut with …). */
    List<String> wrap(String text, float size, float width, int maxLines) {
        float limit = width * 1000f / size;
        Lines lines = new Lines(limit);
        String clean = printable(text == null ? "" : text.strip());
        for (String paragraph : clean.split("\\R")) {
            wrapParagraph(paragraph, lines);
        }
        List<String> out = lines.out;
        if (out.size() <= maxLines) {
            return out;
        }
        List<String> cut = new ArrayList<>(out.subList(0, maxLines));
        cut.set(maxLines - 1, withEllipsis(cut.getLast(), limit));
        return cut;
    }

    private void wrapParagraph(String text, Lines lines) {
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < text.length() && NO_BREAK_BEFORE.indexOf(text.charAt(end)) >= 0) {
                continue;
            }
            String segment = text.substring(start, end);
            start = end;
            if (width(segment.stripTrailing()) <= lines.limit) {
                lines.add(segment);
            } else {
                overlong(segment).forEach(lines::add);
            }
        }
        lines.endParagraph();
    }

    /**
     * A run wider than a line, in pieces that may each start a line: a piece starts at a letter or digit that
     * does not follow an opening bracket or quote, so even here punctuation stays with its neighbour.
     */
    private static List<String> overlong(String run) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int previous = -1;
        for (int i = 0; i < run.length(); i += Character.charCount(run.codePointAt(i))) {
            int cp = run.codePointAt(i);
            if (i > 0 && Character.isLetterOrDigit(cp) && !opening(previous)) {
                pieces.add(run.substring(start, i));
                start = i;
            }
            previous = cp;
        }
        pieces.add(run.substring(start));
        return pieces;
    }

    private static boolean opening(int cp) {
        int type = Character.getType(cp);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    /** The line shortened until it fits with a trailing … (a cut list item says so). */
    private String withEllipsis(String line, float limit) {
        String kept = line;
        while (!kept.isEmpty() && width(kept + ELLIPSIS) > limit) {
            kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
        }
        if (kept.length() == line.length() && !kept.isEmpty()) {
            kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
        }
        return kept + ELLIPSIS;
    }

    float width(String s) {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Math.max(0, measure(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Text with every code point the font cannot show replaced, and control characters dropped. */
    String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n') {
                b.append('\n');
            } else if (cp == '\t' || cp == '\u3000') {
                b.append(' ');
            } else if (!Character.isISOControl(cp)) {
                b.appendCodePoint(measure(cp) < 0 ? MISSING.codePointAt(0) : cp);
            }
        });
        return b.toString();
    }

    private float measure(int cp) {
        Float known = widths.get(cp);
        if (known != null) {
            return known;
        }
        try {
            float w = font.getStringWidth(new String(Character.toChars(cp)));
            widths.put(cp, w);
            return w;
        } catch (IllegalArgumentException noGlyph) {
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines filled greedily: a piece goes on the current line if its ink fits (trailing spaces may hang). */
    private final class Lines {
        final float limit;
        final List<String> out = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private float used;

        Lines(float limit) {
            this.limit = limit;
        }

        void add(String piece) {
            if (!line.isEmpty() && used + width(piece.stripTrailing()) > limit) {
                flush();
            }
            line.append(piece);
            used += width(piece);
        }

        void endParagraph() {
            if (!line.isEmpty() || out.isEmpty()) {
                flush();
            }
        }

        private void flush() {
            out.add(line.toString().stripTrailing());
            line.setLength(0);
            used = 0;
        }
    }
}

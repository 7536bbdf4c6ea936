package cn.zwgk.board.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a cell. Chinese has no spaces, so lines break between any two
 * characters; a Latin word is kept whole when it fits on a line. Characters the font has no glyph for
 * are printed as "?" (the list stays readable; a box would look like a printing fault).
 */
final class TextLines {
    static final String MISSING = "?";

    private final PDFont font;
    private final Map<Integer, Float> widths = new HashMap<>();

    TextLines(PDFont font) {
        this.font = font;
    }

    /** {@code text} as lines no wider than {@code width} at {@code size} pt, at most {@code maxLines} (cut with …). */
    List<String> wrap(String text, float size, float width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String clean = printable(text == null ? "" : text.strip());
        for (String paragraph : clean.split("\\R")) {
            wrapParagraph(paragraph, size, width, lines);
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            String last = cut.getLast();
            cut.set(maxLines - 1, (last.length() > 1 ? last.substring(0, last.length() - 1) : last) + "…");
            return cut;
        }
        return lines;
    }

    private void wrapParagraph(String text, float size, float width, List<String> out) {
        float limit = width * 1000f / size;
        StringBuilder line = new StringBuilder();
        float used = 0;
        int i = 0;
        while (i < text.length()) {
            int end = tokenEnd(text, i);
            String token = text.substring(i, end);
            float w = width(token);
            if (used + w > limit && line.length() > 0) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
                used = 0;
                if (token.isBlank()) {
                    i = end;
                    continue;
                }
            }
            if (w > limit) {
                // A Latin run longer than a line (a URL): break it by character.
                end = i + Character.charCount(text.codePointAt(i));
                token = text.substring(i, end);
                w = width(token);
            }
            line.append(token);
            used += w;
            i = end;
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString().stripTrailing());
        }
    }

    /** A run of Latin letters/digits, or a single other code point. */
    private static int tokenEnd(String s, int from) {
        int cp = s.codePointAt(from);
        int end = from + Character.charCount(cp);
        if (!isLatinWordChar(cp)) {
            return end;
        }
        while (end < s.length() && isLatinWordChar(s.codePointAt(end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        return end;
    }

    private static boolean isLatinWordChar(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
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
}

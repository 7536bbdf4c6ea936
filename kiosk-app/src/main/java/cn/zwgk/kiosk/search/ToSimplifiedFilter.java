package cn.zwgk.kiosk.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Rewrites each token to Simplified Chinese ({@link ChineseText#toSimplified}); offsets are kept. */
final class ToSimplifiedFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ToSimplifiedFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (ChineseText.changes(buffer[i])) {
                String simplified = ChineseText.toSimplified(term.toString());
                term.setEmpty().append(simplified);
                break;
            }
        }
        return true;
    }
}

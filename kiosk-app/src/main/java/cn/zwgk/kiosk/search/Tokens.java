package cn.zwgk.kiosk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The tokens an analyzer makes of a text, with their character offsets in that text. */
record Tokens(List<Token> list) {

    /** One token; {@code start}/{@code end} are offsets into the analyzed text. */
    record Token(String term, int start, int end) {
    }

    static Tokens of(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            // Analysis of an in-memory string does no I/O; this cannot happen short of a bug.
            throw new UncheckedIOException("analysis of in-memory text failed", e);
        }
        return new Tokens(List.copyOf(tokens));
    }

    List<String> terms() {
        return list.stream().map(Token::term).toList();
    }

    boolean isEmpty() {
        return list.isEmpty();
    }
}

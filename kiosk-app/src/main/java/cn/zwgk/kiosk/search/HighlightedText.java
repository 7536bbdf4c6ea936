package cn.zwgk.kiosk.search;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * Text with its matched parts in {@code <mark>}: built from text nodes only, so nothing in the data
 * (a {@code <script>} in a title, say) is ever interpreted as HTML.
 */
class HighlightedText extends Span {
    static final String MARK_CLASS = "search-hit";

    HighlightedText(Highlighted highlighted) {
        String text = highlighted.text();
        int at = 0;
        for (Highlighted.Range range : highlighted.ranges()) {
            if (range.start() > at) {
                getElement().appendChild(Element.createText(text.substring(at, range.start())));
            }
            Element mark = new Element("mark");
            mark.setText(text.substring(range.start(), range.end()));
            mark.getClassList().add(MARK_CLASS);
            getElement().appendChild(mark);
            at = range.end();
        }
        if (at < text.length()) {
            getElement().appendChild(Element.createText(text.substring(at)));
        }
    }
}

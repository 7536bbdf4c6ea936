package cn.zwgk.kiosk.catalogue;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * The take-it-home panel of an item: a QR code of its online page, large enough to scan from 40 cm, with
 * the address in text below; or a plain sentence when there is no valid page.
 */
class QrPanel extends Aside {
    /** Drawn at twice the displayed 320 CSS px, so it stays sharp on dense screens. */
    static final int PNG_SIZE_PX = 640;

    QrPanel(String rawUrl) {
        addClassName("qr-panel");
        Optional<String> url = OnlineUrl.of(rawUrl);
        String dataUrl = url.map(QrPanel::codeOrNull).orElse(null);
        if (dataUrl == null) {
            Paragraph none = new Paragraph(getTranslation("catalogue.item.qr.none"));
            none.addClassName("qr-none");
            Paragraph hint = new Paragraph(getTranslation("catalogue.item.qr.noneHint"));
            hint.addClassName("qr-none-hint");
            add(none, hint);
            return;
        }
        Image code = new Image(dataUrl, getTranslation("catalogue.item.qr.alt"));
        code.addClassName("qr-code");
        Paragraph hint = new Paragraph(getTranslation("catalogue.item.qr.hint"));
        hint.addClassName("qr-hint");
        Paragraph text = new Paragraph(url.get());
        text.addClassName("qr-url");
        add(code, hint, text);
    }

    private static String codeOrNull(String url) {
        try {
            return QrCode.pngDataUrl(url, PNG_SIZE_PX);
        } catch (IllegalArgumentException tooLongForAQrCode) {
            return null;
        }
    }
}

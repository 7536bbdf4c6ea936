package cn.zwgk.board.render;

import cn.zwgk.board.qr.QrCodes;
import cn.zwgk.board.qr.QrTooLongException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A QR code of a URL ({@link QrCodes}) as a {@code data:image/png;base64,...} URI, so screen, kiosk and PDF need
 * no file. One pixel per module (a few hundred bytes); the stylesheets scale it up with
 * {@code image-rendering: pixelated}. Recent codes are cached: a board re-renders the same notices all day.
 */
final class QrDataUri {
    private static final int CACHED = 2_000;
    private static final Map<String, String> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED;
        }
    };

    private QrDataUri() {
    }

    static String of(String url) {
        synchronized (CACHE) {
            String cached = CACHE.get(url);
            if (cached != null) {
                return cached;
            }
        }
        String uri;
        try {
            uri = QrCodes.pngDataUri(url, 0);
        } catch (QrTooLongException e) {
            throw new RenderException("网上链接太长，无法生成二维码：" + url, e);
        }
        synchronized (CACHE) {
            CACHE.put(url, uri);
        }
        return uri;
    }
}

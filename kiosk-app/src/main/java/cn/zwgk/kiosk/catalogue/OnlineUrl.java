package cn.zwgk.kiosk.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The online page of an item as the kiosk will show it: only an absolute http(s) address with a host.
 * Anything else (javascript:, a bare path, text with spaces, an absurd length) counts as no page, so the
 * screen says so instead of showing a code that leads nowhere.
 */
public final class OnlineUrl {
    static final int MAX_LENGTH = 2_000;

    private OnlineUrl() {
    }

    public static Optional<String> of(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String url = raw.strip();
        if (url.isEmpty() || url.length() > MAX_LENGTH || url.chars().anyMatch(ch -> ch <= ' ' || ch == 0x7f)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}

package cn.zwgk.kiosk.sync;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A kiosk talks to the central server over TLS: plain {@code http://} would carry its credential and residents'
 * requests readable over the hall's network. Allowed only to this machine (a demo, tests) or with an explicit
 * {@code --insecure} (ZWGK_INSECURE=true), which the operator then owns.
 */
public final class ServerAddressCheck {
    private ServerAddressCheck() {
    }

    /** Why {@code server} is refused, in Chinese and English; empty when it may be used. */
    public static Optional<String> refusal(URI server, boolean insecure) {
        String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || insecure) {
            return Optional.empty();
        }
        if (!scheme.equals("http")) {
            return Optional.of("中心服务器地址须以 https:// 开头：" + server + " / the server URL must start with https://");
        }
        String host = server.getHost() == null ? "" : server.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1")) {
            return Optional.empty();
        }
        return Optional.of("拒绝用明文 http:// 连接 " + host + "：终端凭据和申请数据会在网络上明文传输。请使用 https://，确需时加 --insecure"
                + " / refusing plain http:// to " + host + ": use https://, or --insecure if you must");
    }
}

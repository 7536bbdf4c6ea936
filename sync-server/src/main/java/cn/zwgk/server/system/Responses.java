package cn.zwgk.server.system;

import cn.zwgk.core.sync.SyncJson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes complete responses from handlers. */
public final class Responses {
    private Responses() {
    }

    public static void json(Response response, Callback callback, int status, Object body) {
        write(response, callback, status, "application/json; charset=utf-8", SyncJson.writeBytes(body));
    }

    /** A client mistake or server failure, as {@code {"error": code, "message": text}}. */
    public static void error(Response response, Callback callback, int status, String code, String message) {
        json(response, callback, status, Map.of("error", code, "message", message));
    }

    public static void html(Response response, Callback callback, String page) {
        write(response, callback, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}

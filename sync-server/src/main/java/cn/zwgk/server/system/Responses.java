package cn.zwgk.server.system;

import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.core.sync.SyncProtocolException;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes complete responses from handlers. */
public final class Responses {
    private Responses() {
    }

    public static void json(Response response, Callback callback, int status, Object body) {
        write(response, callback, status, "application/json; charset=utf-8", SyncJson.writeBytes(body));
    }

    /** Answers 405 and returns false unless the request uses {@code method}. */
    public static boolean allowOnly(HttpMethod method, Request request, Response response, Callback callback) {
        if (method.is(request.getMethod())) {
            return true;
        }
        error(response, callback, 405, "method-not-allowed", "use " + method.asString());
        return false;
    }

    /** JSON whose exact bytes are signed; the signature travels in {@link SyncPaths#HEADER_SIGNATURE}. */
    public static void signedJson(Response response, Callback callback, byte[] body, String signature) {
        response.getHeaders().put(SyncPaths.HEADER_SIGNATURE, signature);
        write(response, callback, 200, "application/json; charset=utf-8", body);
    }

    /**
     * Reads a JSON request body of at most {@code maxBytes} into {@code type}; on a client mistake writes
     * the 400/413 answer itself and returns null.
     */
    public static <T> T readJson(Request request, Response response, Callback callback, Class<T> type, int maxBytes) {
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            error(response, callback, 400, "unreadable-body", "could not read the request body");
            return null;
        }
        if (body.length > maxBytes) {
            error(response, callback, 413, "too-large", "request body over " + maxBytes + " bytes");
            return null;
        }
        try {
            return SyncJson.read(body, type);
        } catch (SyncProtocolException e) {
            error(response, callback, 400, "bad-json", e.getMessage());
            return null;
        }
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

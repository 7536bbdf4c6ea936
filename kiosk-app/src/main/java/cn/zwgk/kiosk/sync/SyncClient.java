package cn.zwgk.kiosk.sync;

import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/** Fetches change pages from the central server over HTTP (gzip on the wire). */
public final class SyncClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI server;
    private final String kioskId;
    private final String siteCode;
    private final String appVersion;
    private final HttpClient http;
    private final AtomicLong bytesOnWire = new AtomicLong();

    public SyncClient(URI server, String kioskId, String siteCode, String appVersion) {
        this.server = server;
        this.kioskId = kioskId;
        this.siteCode = siteCode;
        this.appVersion = appVersion;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public ChangePage fetch(long since, int limit) {
        URI uri = server.resolve(SyncPaths.CHANGES + "?" + SyncPaths.PARAM_SINCE + "=" + since + "&"
                + SyncPaths.PARAM_LIMIT + "=" + limit);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .header(SyncPaths.HEADER_KIOSK_ID, kioskId)
                .header(SyncPaths.HEADER_KIOSK_SITE, siteCode)
                .header(SyncPaths.HEADER_APP_VERSION, appVersion)
                .GET()
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw new SyncTransportException("cannot connect to " + server + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (HttpTimeoutException e) {
            throw new SyncTransportException("no answer from " + server + " within " + TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new SyncTransportException("network error talking to " + server + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncTransportException("interrupted while talking to " + server, e);
        }
        bytesOnWire.addAndGet(estimateRequestBytes(request) + response.body().length + 200);
        if (response.statusCode() != 200) {
            throw new SyncTransportException("server answered HTTP " + response.statusCode() + " to " + uri.getPath()
                    + ": " + abbreviate(new String(decode(response), java.nio.charset.StandardCharsets.UTF_8)));
        }
        return SyncJson.read(decode(response), ChangePage.class);
    }

    /** Bytes sent and received so far (bodies as transferred, headers estimated). */
    public long bytesOnWire() {
        return bytesOnWire.get();
    }

    public URI server() {
        return server;
    }

    private static byte[] decode(HttpResponse<byte[]> response) {
        boolean gzip = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
        if (!gzip) {
            return response.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SyncTransportException("corrupt gzip body from server", e);
        }
    }

    private static long estimateRequestBytes(HttpRequest request) {
        long bytes = request.uri().toString().length() + 16;
        for (var header : request.headers().map().entrySet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + value.length() + 4;
            }
        }
        return bytes;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}

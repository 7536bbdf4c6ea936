package cn.zwgk.kiosk.sync;

import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.Enrolment;
import cn.zwgk.core.sync.InventoryReport;
import cn.zwgk.core.sync.PageVerifier;
import cn.zwgk.core.sync.SigningKeys;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.core.sync.SyncProtocolException;
import cn.zwgk.core.sync.Upload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

/**
 * The kiosk's side of the sync API over HTTP (gzip on the wire). Every page is verified against the
 * pinned central key over its exact bytes, and checked to be for this kiosk's site, before it is parsed
 * further or handed on.
 */
public final class SyncClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final KioskIdentity identity;
    /** The enrolled server first, then the configured others (nodes of the same central service). */
    private final List<URI> servers;
    private volatile int preferred;
    private final String appVersion;
    private final PageVerifier verifier;
    private final Clock clock;
    private final AtomicLong bytesOnWire = new AtomicLong();
    private volatile long lastDriftMillis;

    public SyncClient(KioskIdentity identity, String appVersion, Clock clock) {
        this(identity, List.of(), appVersion, clock);
    }

    /**
     * @param otherServers further nodes of the central service, tried in order when the current one cannot be
     *                     reached (the same key signs every node's pages, so nothing else changes)
     */
    public SyncClient(KioskIdentity identity, List<URI> otherServers, String appVersion, Clock clock) {
        this.identity = identity;
        LinkedHashSet<URI> all = new LinkedHashSet<>();
        all.add(identity.server());
        all.addAll(otherServers);
        this.servers = List.copyOf(all);
        this.appVersion = appVersion;
        this.verifier = new PageVerifier(SigningKeys.decodePublic(identity.publicKey()));
        this.clock = clock;
    }

    /** Enrols with a one-time code; the answer carries the credential and the key to pin. */
    public static Enrolment enrol(URI server, String code, String requestedId) {
        return enrol(server, code, requestedId, null);
    }

    public static Enrolment enrol(URI server, String code, String requestedId, String siteCode) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(SyncPaths.ENROL)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SyncJson.write(new Enrolment.Request(code, requestedId, siteCode))))
                .build();
        HttpResponse<byte[]> response = send(request, server);
        if (response.statusCode() != 200) {
            throw new NotEnrolledException("登记失败：" + serverMessage(response));
        }
        return SyncJson.read(decode(response), Enrolment.class);
    }

    /** The next page after {@code since}, verified and checked for scope. */
    public ChangePage fetch(long since, int limit) {
        return fetch(since, limit, false);
    }

    /** As {@link #fetch(long, int)}; {@code inSnapshot}: the next page of a snapshot run (see SyncPaths). */
    public ChangePage fetch(long since, int limit, boolean inSnapshot) {
        Instant sent = clock.instant();
        HttpResponse<byte[]> response = call(SyncPaths.CHANGES + "?" + SyncPaths.PARAM_SINCE + "=" + since + "&"
                + SyncPaths.PARAM_LIMIT + "=" + limit + (inSnapshot ? "&" + SyncPaths.PARAM_SNAPSHOT + "=true" : ""),
                HttpRequest.Builder::GET);
        Instant received = clock.instant();
        byte[] body = decode(response);
        verifier.verify(body, response.headers().firstValue(SyncPaths.HEADER_SIGNATURE).orElse(null));
        ChangePage page = SyncJson.read(body, ChangePage.class);
        page.requireScope(identity.siteCode());
        if (page.serverTime() != null) {
            long midpoint = sent.toEpochMilli() + (received.toEpochMilli() - sent.toEpochMilli()) / 2;
            lastDriftMillis = midpoint - page.serverTime().toEpochMilli();
        }
        return page;
    }

    /** The newest urgent seq in this kiosk's scope. */
    public long urgentSeq() {
        byte[] body = decode(call(SyncPaths.URGENT, HttpRequest.Builder::GET));
        return SyncJson.mapper().readTree(body).path("urgentSeq").asLong(0);
    }

    /** The bytes of an attachment; the caller checks them against the hash. */
    public byte[] attachment(String sha256) {
        return decode(call(SyncPaths.ATTACHMENTS + "/" + sha256, HttpRequest.Builder::GET));
    }

    /**
     * Sends up an attachment created on this kiosk (before the notice that refers to it). Null when the
     * server has it (stored now or before); otherwise the server's reason for refusing it (422).
     */
    public String putAttachment(String sha256, byte[] bytes) {
        HttpResponse<byte[]> known = exchange(SyncPaths.ATTACHMENTS + "/" + sha256,
                b -> b.method("HEAD", HttpRequest.BodyPublishers.noBody()));
        if (known.statusCode() == 200) {
            return null;
        }
        // 100-continue: a server refusing the size answers before the bytes go, so the kiosk reads the reason
        // instead of a broken pipe (which would look like a network fault and be retried forever)
        HttpResponse<byte[]> response = exchange(SyncPaths.ATTACHMENTS + "/" + sha256,
                b -> b.header("Content-Type", "application/octet-stream").expectContinue(true)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        if (response.statusCode() == 200) {
            return null;
        }
        if (response.statusCode() == 422) {
            return serverMessage(response);
        }
        throw failure(response);
    }

    public void report(InventoryReport report) {
        byte[] body = SyncJson.writeBytes(report);
        call(SyncPaths.INVENTORY, b -> b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends one record; the answer's status is ACCEPTED, DUPLICATE or CONFLICT (never thrown for 409). */
    public Upload.Ack upload(String type, String id, String payloadJson) {
        String body = "{\"type\":" + SyncJson.write(type) + ",\"id\":" + SyncJson.write(id) + ",\"payload\":"
                + payloadJson + "}";
        HttpResponse<byte[]> response = exchange(SyncPaths.UPLOADS + "/" + id,
                b -> b.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() == 200 || response.statusCode() == 409) {
            return SyncJson.read(decode(response), Upload.Ack.class);
        }
        if (response.statusCode() == 422) {
            // the server will never take this record: retrying is pointless, staff must see it
            return new Upload.Ack(id, "REFUSED", serverMessage(response));
        }
        throw failure(response);
    }

    public KioskIdentity identity() {
        return identity;
    }

    /** Clock drift measured on the last page: this kiosk's clock minus the server's, in ms. */
    public long lastDriftMillis() {
        return lastDriftMillis;
    }

    /** Bytes sent and received so far (bodies as transferred, headers estimated). */
    public long bytesOnWire() {
        return bytesOnWire.get();
    }

    private HttpResponse<byte[]> call(String path, UnaryOperator<HttpRequest.Builder> method) {
        HttpResponse<byte[]> response = exchange(path, method);
        if (response.statusCode() != 200) {
            throw failure(response);
        }
        return response;
    }

    /**
     * Sends to the server that answered last; when it cannot be reached (refused, reset, timed out), to the
     * next configured one, in order. An HTTP answer of any status is an answer: it is not retried elsewhere.
     */
    private HttpResponse<byte[]> exchange(String path, UnaryOperator<HttpRequest.Builder> method) {
        SyncTransportException last = null;
        int start = preferred;
        for (int i = 0; i < servers.size(); i++) {
            int index = (start + i) % servers.size();
            URI server = servers.get(index);
            try {
                HttpResponse<byte[]> response = send(authorized(method.apply(HttpRequest.newBuilder(server.resolve(path)))),
                        server);
                count(response);
                preferred = index;
                return response;
            } catch (SyncTransportException e) {
                if (last != null) {
                    e.addSuppressed(last);
                }
                last = e;
            }
        }
        throw last;
    }

    private HttpRequest authorized(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .header(SyncPaths.HEADER_AUTHORIZATION, "Bearer " + identity.token())
                .header(SyncPaths.HEADER_KIOSK_ID, identity.kioskId())
                .header(SyncPaths.HEADER_APP_VERSION, appVersion)
                .build();
        bytesOnWire.addAndGet(estimateRequestBytes(request));
        return request;
    }

    private void count(HttpResponse<byte[]> response) {
        long headers = 0;
        for (var header : response.headers().map().entrySet()) {
            for (String value : header.getValue()) {
                headers += header.getKey().length() + value.length() + 4;
            }
        }
        bytesOnWire.addAndGet(response.body().length + headers + 17);
    }

    private SyncTransportException failure(HttpResponse<byte[]> response) {
        if (response.statusCode() == 401) {
            return new NotEnrolledException(serverMessage(response));
        }
        if (response.statusCode() == 426) {
            return new UpgradeRequiredException(minimumVersion(response), appVersion);
        }
        return new SyncTransportException("server answered HTTP " + response.statusCode() + " to "
                + response.request().uri().getPath() + ": " + serverMessage(response));
    }

    /** The {@code minimumVersion} of a 426 answer ({@code ?} when the body does not say). */
    private static String minimumVersion(HttpResponse<byte[]> response) {
        try {
            String minimum = SyncJson.mapper().readTree(decode(response)).path("minimumVersion").asString("");
            return minimum.isBlank() || minimum.length() > 40 ? "?" : minimum;
        } catch (RuntimeException notJson) {
            return "?";
        }
    }

    private static String serverMessage(HttpResponse<byte[]> response) {
        String text = new String(decode(response), StandardCharsets.UTF_8);
        try {
            String message = SyncJson.mapper().readTree(text).path("message").asString("");
            if (!message.isBlank()) {
                return message;
            }
        } catch (RuntimeException notJson) {
            // fall through to the raw text
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static HttpResponse<byte[]> send(HttpRequest request, URI server) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
    }

    private static byte[] decode(HttpResponse<byte[]> response) {
        boolean gzip = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
        if (!gzip) {
            return response.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SyncProtocolException("corrupt or truncated gzip body from server", e);
        }
    }

    private static long estimateRequestBytes(HttpRequest request) {
        long bytes = request.uri().toString().length() + 16;
        for (var header : request.headers().map().entrySet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + value.length() + 4;
            }
        }
        return bytes + request.bodyPublisher().map(p -> Math.max(0, p.contentLength())).orElse(0L);
    }
}

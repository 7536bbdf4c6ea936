package cn.zwgk.server.security;

import cn.zwgk.core.sync.Enrolment;
import cn.zwgk.core.sync.KioskVersions;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.core.sync.Upload;
import cn.zwgk.server.system.SyncServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A kiosk as an attacker holding its credential sees the server: raw HTTP on loopback, no kiosk code. */
final class KioskHttp implements AutoCloseable {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private String token;

    KioskHttp(SyncServer server) {
        this.base = URI.create("http://127.0.0.1:" + server.port());
    }

    /** Enrols with a fresh code for {@code site}, as {@code kioskId}; this client then holds that credential. */
    static KioskHttp enrolled(SyncServer server, String site, String kioskId) throws Exception {
        KioskHttp kiosk = new KioskHttp(server);
        HttpResponse<String> r = kiosk.enrol(server.enrolment().issueCode(site, Duration.ofHours(1)), kioskId);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("enrolment failed: " + r.statusCode() + " " + r.body());
        }
        return kiosk;
    }

    /** {@code POST /sync/v1/enrol}; on success this client holds the new credential. */
    HttpResponse<String> enrol(String code, String kioskId) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve(SyncPaths.ENROL))
                .POST(HttpRequest.BodyPublishers.ofString(SyncJson.write(new Enrolment.Request(code, kioskId)))));
        if (r.statusCode() == 200) {
            token = SyncJson.read(r.body(), Enrolment.class).token();
        }
        return r;
    }

    String token() {
        return token;
    }

    HttpResponse<String> upload(String type, String id, Object record) throws Exception {
        Upload upload = new Upload(type, id, SyncJson.tree(record));
        return send(authorised(SyncPaths.UPLOADS + "/" + id)
                .PUT(HttpRequest.BodyPublishers.ofString(SyncJson.write(upload), StandardCharsets.UTF_8)));
    }

    HttpResponse<String> putAttachment(String sha256, byte[] bytes) throws Exception {
        return send(authorised(SyncPaths.ATTACHMENTS + "/" + sha256).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    HttpResponse<String> changes(long since) throws Exception {
        return send(authorised(SyncPaths.CHANGES + "?since=" + since).GET());
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header(SyncPaths.HEADER_AUTHORIZATION, "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(20)).header(SyncPaths.HEADER_APP_VERSION, KioskVersions.MINIMUM)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        http.close();
    }
}

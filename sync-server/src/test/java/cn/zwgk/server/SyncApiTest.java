package cn.zwgk.server;

import cn.zwgk.core.sync.KioskVersions;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.Enrolment;
import cn.zwgk.core.sync.PageVerifier;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SigningKeys;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync API and status page over real HTTP on loopback. */
class SyncApiTest {
    static final String COMMUNITY = "110199001001";
    static final String OTHER_COMMUNITY = "110199002001";
    static final Dataset DATA = new DemoDataGenerator(3).generate(100);

    @TempDir
    static Path dir;
    static SyncServer server;
    static Enrolment kiosk;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir), Clock.systemUTC());
        server.importer().importDataset(DATA);
        server.start();
        kiosk = enrol("kiosk-a", server.enrolment().issueCode(COMMUNITY, Duration.ofDays(1)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    static Enrolment enrol(String id, String code) throws Exception {
        HttpResponse<String> r = post(SyncPaths.ENROL, null, SyncJson.write(new Enrolment.Request(code, id)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return SyncJson.read(r.body(), Enrolment.class);
    }

    static HttpResponse<String> get(String pathAndQuery, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery))
                .header(SyncPaths.HEADER_APP_VERSION, KioskVersions.MINIMUM);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String token, String json) throws Exception {
        return send("POST", path, token, json);
    }

    static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
                .header(SyncPaths.HEADER_APP_VERSION, KioskVersions.MINIMUM);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static ChangePage verifiedPage(HttpResponse<String> response, Enrolment enrolment) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        new PageVerifier(SigningKeys.decodePublic(enrolment.publicKey()))
                .verify(response.body().getBytes(StandardCharsets.UTF_8),
                        response.headers().firstValue(SyncPaths.HEADER_SIGNATURE).orElse(null));
        return SyncJson.read(response.body(), ChangePage.class);
    }

    @Test
    void servesSignedPagesOfTheKiosksScope() throws Exception {
        ChangePage page = verifiedPage(get(SyncPaths.CHANGES + "?since=0&limit=10", kiosk.token()), kiosk);
        page.requireContinues(0);
        page.requireScope(COMMUNITY);
        assertThat(page.changes()).hasSize(10);
        assertThat(page.hasMore()).isTrue();
        assertThat(page.serverTime()).isNotNull();
    }

    @Test
    void aKioskReceivesTheCatalogueAndOnlyTheNoticesOfItsCommunityStreetAndDistrict() throws Exception {
        Set<String> noticeIds = noticesReceived(kiosk);
        Set<String> expected = DATA.notices().stream()
                .filter(n -> Set.of(COMMUNITY, "110199001", "110199").contains(n.siteCode()))
                .map(Notice::id).collect(Collectors.toSet());
        assertThat(noticeIds).isEqualTo(expected).isNotEmpty();
        assertThat(DATA.notices()).anyMatch(n -> n.siteCode().equals(OTHER_COMMUNITY) && !noticeIds.contains(n.id()));
    }

    private Set<String> noticesReceived(Enrolment enrolment) throws Exception {
        long since = 0;
        Set<String> ids = new java.util.HashSet<>();
        int catalogue = 0;
        for (int pages = 0; pages < 100; pages++) {
            ChangePage page = verifiedPage(get(SyncPaths.CHANGES + "?since=" + since + "&limit=200", enrolment.token()),
                    enrolment);
            page.requireContinues(since);
            page.changes().stream().filter(c -> c.type() == RecordType.NOTICE).forEach(c -> ids.add(c.id()));
            catalogue += (int) page.changes().stream().filter(c -> c.type() == RecordType.CATALOGUE_ITEM).count();
            since = page.until();
            if (!page.hasMore()) {
                break;
            }
        }
        assertThat(catalogue).isEqualTo(DATA.items().size());
        return ids;
    }

    @Test
    void uploadsAreIdempotentByIdAndADifferentRecordUnderAKnownIdIs409() throws Exception {
        var request = cn.zwgk.core.demo.DemoRequests.sample(kiosk.kioskId(), COMMUNITY, 1, java.time.Instant.now());
        String id = request.id();
        String body = SyncJson.write(new cn.zwgk.core.sync.Upload("INFO_REQUEST", id, SyncJson.tree(request)));
        String other = body.replace(request.description(), "申请公开2025年特困供养资金发放明细");
        String path = SyncPaths.UPLOADS + "/" + id;

        assertThat(send("PUT", path, kiosk.token(), body).body()).contains("ACCEPTED");
        HttpResponse<String> again = send("PUT", path, kiosk.token(), body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("DUPLICATE");
        HttpResponse<String> conflict = send("PUT", path, kiosk.token(), other);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(TestDatabases.count(server.database(), "upload")).isEqualTo(1);
        assertThat(TestDatabases.count(server.database(), "upload_conflict")).isEqualTo(1);
    }

    @Test
    void statusPageShowsCountsAndTheFleetEscaped() throws Exception {
        post(SyncPaths.INVENTORY, kiosk.token(), "{\"checkpoint\":5,\"recordCounts\":{\"CATALOGUE_ITEM\":100},"
                + "\"appVersion\":\"<script>alert(1)</script>\",\"freeDiskBytes\":1073741824,\"clockDriftMillis\":-4200,"
                + "\"lastSuccessAt\":\"2026-11-23T01:00:00Z\",\"pendingUploads\":2,\"lastError\":null}");
        HttpResponse<String> response = get("/", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("目录条目（合计）</td><td class=\"num\">100<")
                .contains("kiosk-a")
                .contains("慢 4.2 秒")
                .contains("1024 MB")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>alert(1)");
    }

    @Nested
    class Credentials {
        @Test
        void aCodeEnrolsOnceOnly() throws Exception {
            String code = server.enrolment().issueCode(COMMUNITY, Duration.ofDays(1));
            enrol("kiosk-once", code);
            HttpResponse<String> again = post(SyncPaths.ENROL, null, SyncJson.write(new Enrolment.Request(code, "x")));
            assertThat(again.statusCode()).isEqualTo(403);
            assertThat(again.body()).contains("登记码已被使用");
        }

        @Test
        void anExpiredOrWrongCodeIsRefused() throws Exception {
            String expired = server.enrolment().issueCode(COMMUNITY, Duration.ofSeconds(-1));
            assertThat(post(SyncPaths.ENROL, null, SyncJson.write(new Enrolment.Request(expired, "x"))).body())
                    .contains("登记码已过期");
            assertThat(post(SyncPaths.ENROL, null, SyncJson.write(new Enrolment.Request("0000-0000-0000", "x"))).body())
                    .contains("登记码无效");
        }

        @Test
        void unknownMissingOrRevokedCredentialsGet401WithAMessage() throws Exception {
            assertThat(get(SyncPaths.CHANGES, null).statusCode()).isEqualTo(401);
            assertThat(get(SyncPaths.CHANGES, "kiosk-a.wrong-secret").statusCode()).isEqualTo(401);
            Enrolment revoked = enrol("kiosk-revoked", server.enrolment().issueCode(COMMUNITY, Duration.ofDays(1)));
            assertThat(get(SyncPaths.CHANGES, revoked.token()).statusCode()).isEqualTo(200);
            assertThat(server.enrolment().revoke("kiosk-revoked")).isTrue();
            HttpResponse<String> refused = get(SyncPaths.CHANGES, revoked.token());
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("本终端未登记或已被停用");
        }

        @Test
        void rotationReplacesTheCredential() throws Exception {
            Enrolment e = enrol("kiosk-rotate", server.enrolment().issueCode(COMMUNITY, Duration.ofDays(1)));
            String fresh = SyncJson.mapper().readTree(post(SyncPaths.ROTATE, e.token(), "{}").body())
                    .get("token").asString();
            assertThat(get(SyncPaths.CHANGES, e.token()).statusCode()).isEqualTo(401);
            assertThat(get(SyncPaths.CHANGES, fresh).statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class ClientMistakesGet4xxNotA500 {
        @Test
        void nonNumericOrOutOfRangeParameters() throws Exception {
            assertThat(get(SyncPaths.CHANGES + "?since=abc", kiosk.token()).statusCode()).isEqualTo(400);
            assertThat(get(SyncPaths.CHANGES + "?since=-1", kiosk.token()).statusCode()).isEqualTo(400);
            assertThat(get(SyncPaths.CHANGES + "?limit=999999", kiosk.token()).statusCode()).isEqualTo(400);
        }

        @Test
        void junkBodiesAndUnknownPaths() throws Exception {
            assertThat(post(SyncPaths.ENROL, null, "{not json").statusCode()).isEqualTo(400);
            assertThat(send("PUT", SyncPaths.UPLOADS + "/not-a-uuid", kiosk.token(), "{}").statusCode()).isEqualTo(400);
            String id = UUID.randomUUID().toString();
            assertThat(send("PUT", SyncPaths.UPLOADS + "/" + id, kiosk.token(),
                    "{\"type\":\"VIRUS\",\"id\":\"" + id + "\",\"payload\":{}}").statusCode()).isEqualTo(400);
            assertThat(get(SyncPaths.V1 + "/nothing", kiosk.token()).statusCode()).isEqualTo(404);
            assertThat(get("/nothing-here", null).statusCode()).isEqualTo(404);
            // the server answers an oversized body and closes that connection without reading the rest: on its own
            // client, so that no later request of the shared pool is sent on the closed connection (a flaky EOF)
            try (HttpClient once = HttpClient.newHttpClient()) {
                HttpRequest tooBig = HttpRequest.newBuilder(uri(SyncPaths.INVENTORY))
                        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(20_000)))
                        .header("Content-Type", "application/json")
                        .header(SyncPaths.HEADER_APP_VERSION, KioskVersions.MINIMUM)
                        .header("Authorization", "Bearer " + kiosk.token()).build();
                assertThat(once.send(tooBig, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
            }
        }
    }
}

package cn.zwgk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.Sha256;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.kiosk.board.BoardService;
import cn.zwgk.kiosk.board.NoticeEditorService;
import cn.zwgk.kiosk.sync.KioskIdentity;
import cn.zwgk.kiosk.sync.SyncService;
import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A notice published at a kiosk with a new image, over real HTTP on loopback between a real sync-server and
 * two kiosks of the same community (each its own Derby files): the image goes up before the notice, the
 * other kiosk shows both; bad images and notices naming images the server lacks are refused with the reason.
 */
class KioskImageUploadTest {
    static final String SITE = "110199001001";
    static final Dataset DATA = new DemoDataGenerator(11).generate(200);
    static final StaffSession STAFF = new StaffSession("wang", "王小红", Set.of(Role.COMMUNITY_STAFF), SITE);

    @TempDir
    Path dir;
    SyncServer server;
    final List<Database> databases = new ArrayList<>();

    record Kiosk(Database db, SyncService sync, BoardService board, NoticeEditorService editor) {
    }

    @BeforeEach
    void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), Clock.systemUTC());
        server.importer().importDataset(DATA);
        server.start();
    }

    @AfterEach
    void stop() {
        databases.forEach(Database::close);
        server.close();
    }

    Kiosk kiosk(String name) {
        Database db = KioskDatabase.open(dir.resolve(name + "/db"));
        databases.add(db);
        KioskConfig config = new KioskConfig("127.0.0.1", 0, dir.resolve(name), URI.create("http://127.0.0.1:"
                + server.port()), name, SITE, Duration.ofMinutes(5), ZoneId.of("Asia/Shanghai"));
        SyncService sync = KioskApp.syncService(db, config, Clock.systemUTC());
        sync.useEnrolmentCode(server.enrolment().issueCode(SITE, Duration.ofHours(1)));
        assertThat(sync.syncNow().ok()).isTrue();
        BoardService board = KioskApp.boardService(db, config, Clock.systemUTC(), sync);
        return new Kiosk(db, sync, board, KioskApp.noticeEditor(db, config, Clock.systemUTC(), sync, board));
    }

    @Test
    void aNoticeWithANewImageReachesTheServerAndTheCommunitysOtherKioskWithItsImage() throws Exception {
        Kiosk east = kiosk("kiosk-east");
        Kiosk west = kiosk("kiosk-west");
        byte[] photo = png(64, 48);
        Notice published = east.editor().publish(STAFF, east.editor().attachImage(STAFF, eventDraft(east, "社区义诊活动"),
                photo));
        String sha = published.attachments().getFirst();

        assertThat(east.sync().syncNow().ok()).isTrue();
        assertThat(east.sync().pendingUploads()).isZero();
        assertThat(east.sync().heldUploads()).isEmpty();
        assertThat(SyncServer.attachments(serverConfig()).path(sha)).hasValueSatisfying(p ->
                assertThat(p).hasBinaryContent(photo));
        assertThat(centralNotice(published.id()).attachments()).containsExactly(sha);

        assertThat(west.sync().syncNow().ok()).isTrue();
        assertThat(west.sync().attachments().path(sha)).hasValueSatisfying(p -> assertThat(p).hasBinaryContent(photo));
        Notice shown = west.board().snapshot().current().stream().filter(n -> n.id().equals(published.id())).findFirst()
                .orElseThrow();
        assertThat(Jsoup.parse(String.join("", west.board().screenPages(shown))).select(".zb-image img").attr("src"))
                .startsWith("data:image/png;base64,");
    }

    @Test
    void aForgedHashANonImageAndAnOversizedBodyAreRefusedWithTheReasonAndNotStored() throws Exception {
        Kiosk east = kiosk("kiosk-east");
        byte[] photo = png(20, 20);
        byte[] text = "<script>alert(1)</script> 不是图片".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] huge = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(huge);
        String forged = Sha256.of("别的内容".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(put(east, forged, photo)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).contains("SHA-256");
        });
        assertThat(put(east, Sha256.of(text), text)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).contains("附件不是图片");
        });
        assertThat(put(east, Sha256.of(huge), huge)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).contains("图片超过上限 2.0 MB");
        });
        assertThat(put(east, Sha256.of(photo), photo).statusCode()).isEqualTo(200);
        Path stored = dir.resolve("server/attachments");
        try (var files = Files.list(stored)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(Sha256.of(photo));
        }
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(attachmentUri(
                Sha256.of(text))).header("X-App-Version", KioskConfig.APP_VERSION)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(text)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("no credential, no upload").isEqualTo(401);
    }

    @Test
    void anImageTheServerRefusesHoldsTheNoticeOnTheKioskWithTheReasonNothingLost() {
        Kiosk east = kiosk("kiosk-east");
        // bytes that slipped past the editor's check (e.g. damaged on disk since): the server checks again
        String damaged = east.sync().attachments().put("GIF89a 已损坏".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Notice draft = eventDraft(east, "带损坏图片的通知");
        Notice published = east.editor().publish(STAFF, withAttachments(draft, List.of(damaged)));

        assertThat(east.sync().syncNow().ok()).isTrue();
        assertThat(east.sync().pendingUploads()).as("not retried forever").isZero();
        assertThat(east.sync().heldUploads()).singleElement().asString().contains("REFUSED")
                .contains("公告的图片未被中心接受");
        assertThat(east.board().snapshot().current()).extracting(Notice::id).contains(published.id());
        assertThat(centralCopy(published.id())).isEmpty();
    }

    @Test
    void aNoticeNamingAnImageTheServerDoesNotHaveIsRefusedAndKeptForReview() {
        Kiosk east = kiosk("kiosk-east");
        Notice draft = eventDraft(east, "引用未上传图片的通知");
        // published, as kiosks send them (the server refuses drafts before it looks at images)
        Notice orphan = withAttachments(draft, List.of(Sha256.of(new byte[] {1, 2, 3})))
                .withStatus(cn.zwgk.core.notice.NoticeStatus.PUBLISHED, draft.author(), draft.updatedAt());
        String uploadId = UUID.randomUUID().toString();

        var ack = east.sync().client().upload("NOTICE", uploadId, SyncJson.write(orphan));

        assertThat(ack.status()).isEqualTo("REFUSED");
        assertThat(ack.message()).contains("未上传到中心");
        assertThat(KioskSyncIntegrationTest.ServerDb.count(server, "notice_refusal")).isEqualTo(1);
        assertThat(centralCopy(orphan.id())).isEmpty();
    }

    @Test
    void aRetryAfterACutConnectionDoesNotDuplicate() throws Exception {
        Kiosk east = kiosk("kiosk-east");
        byte[] photo = png(30, 30);
        Notice published = east.editor().publish(STAFF, east.editor().attachImage(STAFF, eventDraft(east, "重发的通知"),
                photo));
        String sha = published.attachments().getFirst();
        long logBefore = KioskSyncIntegrationTest.ServerDb.count(server, "change_log");

        // the image reached the server, then the connection was cut before the kiosk heard back
        assertThat(put(east, sha, photo).body()).contains("STORED");
        assertThat(east.sync().syncNow().ok()).isTrue();
        // and the notice's acknowledgement was lost too: the kiosk sends the same record again
        east.db().useTransaction(c -> {
            try (var ps = c.prepareStatement("UPDATE outbox SET sent_at = NULL")) {
                ps.executeUpdate();
            }
        });
        assertThat(put(east, sha, photo).body()).contains("DUPLICATE");
        assertThat(east.sync().syncNow().ok()).isTrue();

        assertThat(east.sync().heldUploads()).isEmpty();
        assertThat(KioskSyncIntegrationTest.ServerDb.count(server, "upload")).isEqualTo(1);
        assertThat(KioskSyncIntegrationTest.ServerDb.count(server, "change_log") - logBefore)
                .as("one notice version in the log").isEqualTo(1);
        try (var files = Files.list(dir.resolve("server/attachments"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(sha);
        }
    }

    HttpResponse<String> put(Kiosk kiosk, String sha, byte[] body) throws Exception {
        KioskIdentity id = kiosk.sync().enrolledIdentity().orElseThrow();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(attachmentUri(sha))
                .header("Authorization", "Bearer " + id.token()).header("X-Kiosk-Id", id.kioskId())
                .header("X-App-Version", KioskConfig.APP_VERSION).expectContinue(true) // as SyncClient.putAttachment
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI attachmentUri(String sha) {
        return URI.create("http://127.0.0.1:" + server.port() + "/sync/v1/attachments/" + sha);
    }

    ServerConfig serverConfig() {
        return ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server"));
    }

    Notice centralNotice(String id) {
        return centralCopy(id).orElseThrow();
    }

    java.util.Optional<Notice> centralCopy(String id) {
        return server.database().inTransaction(c -> new cn.zwgk.server.notice.NoticeStore().byId(c, id));
    }

    static Notice eventDraft(Kiosk kiosk, String title) {
        Notice d = kiosk.editor().newDraft(STAFF, "event", "东湖社区居民委员会");
        Map<String, String> fields = new HashMap<>(d.fields());
        fields.put("time", "2026年11月30日 9:00");
        fields.put("place", "东湖社区文化广场");
        return new Notice(d.id(), d.siteCode(), d.templateId(), d.category(), title, "欢迎居民参加。", fields, d.period(),
                null, d.issuer(), d.status(), d.origin(), d.author(), d.version(), d.updatedAt(), d.attachments(),
                d.templateVersion(), false, false);
    }

    static Notice withAttachments(Notice d, List<String> shas) {
        return new Notice(d.id(), d.siteCode(), d.templateId(), d.category(), d.title(), d.body(), d.fields(), d.period(),
                d.objectionContact(), d.issuer(), d.status(), d.origin(), d.author(), d.version(), d.updatedAt(), shas,
                d.templateVersion(), d.pinned(), d.urgent());
    }

    static byte[] png(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xcc3333);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}

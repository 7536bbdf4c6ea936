package cn.zwgk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.kiosk.sync.OutboxStore;
import cn.zwgk.kiosk.sync.SyncResult;
import cn.zwgk.kiosk.sync.SyncService;
import cn.zwgk.kiosk.sync.SyncState;
import cn.zwgk.kiosk.sync.SyncStatusText;
import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.URI;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real sync-server and a kiosk store (real Derby files) syncing over HTTP on loopback. */
class KioskSyncIntegrationTest {
    static final String SITE = "110199001001";
    static final Dataset DATA = new DemoDataGenerator(11).generate(400);

    @TempDir
    Path dir;
    SyncServer server;
    Database kioskDb;
    SyncService sync;

    @BeforeEach
    void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), Clock.systemUTC());
        server.importer().importDataset(DATA);
        server.start();
        kioskDb = KioskDatabase.open(dir.resolve("kiosk/db"));
        sync = syncTo(URI.create("http://127.0.0.1:" + server.port()));
        sync.useEnrolmentCode(server.enrolment().issueCode(SITE, Duration.ofHours(1)));
    }

    SyncService syncTo(URI serverUri) {
        KioskConfig config = new KioskConfig("127.0.0.1", 0, dir.resolve("kiosk"), serverUri, "it-kiosk", SITE,
                Duration.ofMinutes(5), ZoneId.of("Asia/Shanghai"));
        return KioskApp.syncService(kioskDb, config, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        kioskDb.close();
        if (server != null) {
            server.close();
        }
    }

    List<CatalogueItem> kioskItems() {
        return KioskDb.payloads(kioskDb, "SELECT payload FROM catalogue_item ORDER BY id", CatalogueItem.class);
    }

    @Test
    void afterASyncTheKioskHoldsExactlyTheServersItemsAndOnlyItsScopesNotices() {
        SyncResult result = sync.syncNow();

        assertThat(result.ok()).as(result.error()).isTrue();
        assertThat(result.pages()).isGreaterThan(1);
        assertThat(kioskItems()).containsExactlyInAnyOrderElementsOf(
                server.database().inTransaction(new CatalogueStore()::allItems));
        List<Notice> notices = KioskDb.payloads(kioskDb, "SELECT payload FROM notice", Notice.class);
        assertThat(notices).isNotEmpty()
                .allSatisfy(n -> assertThat(Set.of(SITE, "110199001", "110199")).contains(n.siteCode()));
        SyncState state = sync.currentState();
        assertThat(state.checkpoint()).isEqualTo(DATA.size()).isEqualTo(state.serverLatest());
        assertThat(state.lastSuccessAt()).isNotNull();
        assertThat(state.lastError()).isNull();
        assertThat(sync.enrolledIdentity()).hasValueSatisfying(id -> assertThat(id.siteCode()).isEqualTo(SITE));
    }

    @Test
    void aSecondSyncFetchesOnlyWhatChanged() {
        sync.syncNow();
        CatalogueItem first = DATA.items().getFirst();
        CatalogueItem changed = renamed(first, first.name() + "（修订）");
        server.importer().importDataset(new Dataset(List.of(), List.of(), List.of(changed), List.of()));

        SyncResult result = sync.syncNow();

        assertThat(result.ok()).isTrue();
        assertThat(result.changes()).isEqualTo(1);
        assertThat(kioskItems()).contains(changed).doesNotContain(first).hasSize(DATA.items().size());
        SyncResult nothing = sync.syncNow();
        assertThat(nothing.changes()).isZero();
        assertThat(nothing.pages()).isEqualTo(1);
    }

    @Test
    void noticeTemplatesAndTheWorkingDayCalendarSyncLikeData() {
        var templates = cn.zwgk.board.TemplateCatalog.builtIn().all();
        var calendar = cn.zwgk.core.demo.DemoCalendar.year2026();
        server.importer().importDataset(new Dataset(List.of(), List.of(), List.of(), List.of(), templates,
                List.of(calendar)));

        assertThat(sync.syncNow().ok()).isTrue();

        var store = new cn.zwgk.kiosk.reference.ReferenceStore();
        List<cn.zwgk.core.notice.NoticeTemplate> kioskTemplates = kioskDb.inTransaction(c -> store.all(c,
                cn.zwgk.core.sync.RecordType.TEMPLATE, cn.zwgk.core.notice.NoticeTemplate.class));
        List<cn.zwgk.core.calendar.WorkingCalendar> kioskCalendars = kioskDb.inTransaction(c -> store.all(c,
                cn.zwgk.core.sync.RecordType.CALENDAR, cn.zwgk.core.calendar.WorkingCalendar.class));
        assertThat(kioskTemplates).containsExactlyInAnyOrderElementsOf(templates);
        assertThat(kioskCalendars).containsExactly(calendar);
    }

    @Test
    void theKioskReportsItsInventoryToTheServer() throws Exception {
        sync.syncNow();
        String page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("it-kiosk").contains("在用").contains(" 秒").doesNotContain("从未");
    }

    @Test
    void urgentChangesArePickedUpByTheLightPollAndOrdinaryOnesWaitForTheNight() {
        sync.syncNow();
        CatalogueItem first = DATA.items().getFirst();
        server.importer().importDataset(new Dataset(List.of(), List.of(), List.of(renamed(first, "普通修改")), List.of()));
        assertThat(sync.syncIfUrgent()).isEmpty();

        server.importer().importDataset(
                new Dataset(List.of(), List.of(), List.of(renamed(first, "紧急更正")), List.of()), true);
        assertThat(sync.syncIfUrgent()).hasValueSatisfying(r -> assertThat(r.changes()).isEqualTo(2));
        assertThat(kioskItems()).anyMatch(i -> i.name().equals("紧急更正"));
        assertThat(sync.syncIfUrgent()).isEmpty();
    }

    @Test
    void whenTheServerIsUnreachableTheKioskKeepsItsDataAndSaysSo() {
        sync.syncNow();
        Instant lastSuccess = sync.currentState().lastSuccessAt();
        server.close();
        server = null;

        SyncResult result = sync.syncNow();

        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("cannot connect");
        assertThat(kioskItems()).hasSize(DATA.items().size());
        SyncState state = sync.currentState();
        assertThat(state.lastSuccessAt()).isEqualTo(lastSuccess);
        assertThat(state.checkpoint()).isEqualTo(DATA.size());
        assertThat(SyncStatusText.describe(state, Instant.now(), ZoneId.of("Asia/Shanghai")))
                .startsWith("数据更新于 ").contains("暂时无法连接中心服务器，正在显示上次更新的数据");
    }

    @Test
    void aKioskWithoutEnrolmentOrWithARevokedCredentialIsToldPlainly() {
        assertThat(sync.syncNow().ok()).isTrue();
        server.enrolment().revoke("it-kiosk");

        SyncResult result = sync.syncNow();

        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("本终端未登记或已被停用");
        assertThat(kioskItems()).hasSize(DATA.items().size());
    }

    @Test
    void aCodeIssuedForAnotherSiteIsRefusedAndStaysUsable() {
        String otherSites = server.enrolment().issueCode("110199002001", Duration.ofHours(1));
        sync.useEnrolmentCode(otherSites);
        SyncResult result = sync.syncNow();
        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("登记码是为站点 110199002001 生成的").contains("本终端配置的站点是 " + SITE);
        assertThat(sync.enrolledIdentity()).isEmpty();
        assertThat(server.enrolment().enrol(otherSites, "the-right-kiosk").siteCode()).isEqualTo("110199002001");
    }

    @Test
    void aWrongEnrolmentCodeIsRefusedWithTheServersReason() {
        sync.useEnrolmentCode("1111-2222-3333");
        SyncResult result = sync.syncNow();
        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("登记失败").contains("登记码无效");
    }

    @Test
    void outboxRecordsAreUploadedOnceAcknowledgedAndConflictsAreKeptByTheServer() {
        sync.syncNow();
        String id = UUID.randomUUID().toString();
        cn.zwgk.kiosk.sync.OutboxCipher cipher = cn.zwgk.kiosk.sync.OutboxCipher.forDataDir(dir.resolve("kiosk"));
        OutboxStore outbox = new OutboxStore(cipher);
        kioskDb.useTransaction(c -> outbox.enqueue(c, id, "INFO_REQUEST",
                infoRequest(id, 1, "申请公开2025年社区低保资金发放明细"), Instant.now()));
        assertThat(sync.pendingUploads()).isEqualTo(1);

        assertThat(sync.syncNow().ok()).isTrue();
        assertThat(sync.pendingUploads()).isZero();
        assertThat(ServerDb.count(server, "upload")).isEqualTo(1);

        // the acknowledgement was lost: the same record is sent again → acknowledged again, stored once
        kioskDb.useTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET sent_at = NULL WHERE id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        });
        assertThat(sync.syncNow().ok()).isTrue();
        assertThat(sync.pendingUploads()).isZero();
        assertThat(ServerDb.count(server, "upload")).isEqualTo(1);

        // another record under the same id: 409, kept on the server for review, not retried forever
        String other = UUID.randomUUID().toString();
        kioskDb.useTransaction(c -> {
            outbox.enqueue(c, other, "INFO_REQUEST", infoRequest(other, 2, "第一版"), Instant.now());
        });
        sync.syncNow();
        kioskDb.useTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET sent_at = NULL, payload = ? WHERE id = ?")) {
                ps.setString(1, cipher.seal(infoRequest(other, 2, "第二版"), other));
                ps.setString(2, other);
                ps.executeUpdate();
            }
        });
        assertThat(sync.syncNow().ok()).isTrue();
        assertThat(sync.pendingUploads()).isZero();
        assertThat(ServerDb.count(server, "upload_conflict")).isEqualTo(1);
    }

    @Test
    void attachmentsAreFetchedOnceVerifiedAndSharedAndABadOneIsRefused() throws Exception {
        var serverFiles = SyncServer.attachments(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")));
        byte[] pdf = "%PDF-1.4 低保名单扫描件".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = serverFiles.put(pdf);
        Notice template = DATA.notices().stream().filter(n -> n.siteCode().equals(SITE)).findFirst().orElseThrow();
        List<Notice> sharing = List.of(withAttachment(template, UUID.randomUUID().toString(), sha),
                withAttachment(template, UUID.randomUUID().toString(), sha));
        server.importer().importDataset(new Dataset(List.of(), List.of(), List.of(), sharing));

        assertThat(sync.syncNow().ok()).isTrue();
        assertThat(sync.attachments().path(sha)).hasValueSatisfying(p -> assertThat(p).hasBinaryContent(pdf));
        long before = sync.client().bytesOnWire();
        assertThat(sync.syncNow().ok()).isTrue();
        assertThat(sync.client().bytesOnWire() - before).as("not downloaded again").isLessThan(2_000);

        // an attachment whose bytes do not match the hash the signed page named is refused and not stored
        byte[] image = "PNG 活动照片".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String good = serverFiles.put(image);
        java.nio.file.Files.write(dir.resolve("server/attachments").resolve(good), "tampered".getBytes());
        server.importer().importDataset(new Dataset(List.of(), List.of(), List.of(),
                List.of(withAttachment(template, UUID.randomUUID().toString(), good))));
        SyncResult result = sync.syncNow();
        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("does not match its hash");
        assertThat(sync.attachments().has(good)).isFalse();
    }

    @Test
    void aNoticeEditedAtTheKioskIsPublishedAndOneEditedOnBothSidesIsKeptTwiceCentralWinsUntilDecided() throws Exception {
        sync.syncNow();
        OutboxStore outbox = new OutboxStore();
        // a notice written at this kiosk (the central office's own notices are corrected at the console only)
        Notice demo = DATA.notices().stream().filter(n -> n.siteCode().equals(SITE)).findFirst().orElseThrow();
        Notice original = edited(withAttachment(demo, UUID.randomUUID().toString(), null), "", 1);
        kioskDb.useTransaction(c -> outbox.enqueue(c, UUID.randomUUID().toString(), "NOTICE",
                SyncJson.write(original), Instant.now()));
        assertThat(sync.syncNow().ok()).isTrue();

        // an edit based on the current central version is published and comes back down to every kiosk
        Notice kioskEdit = edited(original, "（社区更正）", original.version() + 1);
        kioskDb.useTransaction(c -> outbox.enqueue(c, UUID.randomUUID().toString(), "NOTICE",
                SyncJson.write(kioskEdit), Instant.now()));
        assertThat(sync.syncNow().ok()).isTrue();
        // as sent, except what the server decides itself: the author is the kiosk, the time the server's
        Notice published = centralNotice(original.id());
        assertThat(published).usingRecursiveComparison().ignoringFields("author", "updatedAt", "templateVersion")
                .isEqualTo(kioskEdit);
        assertThat(published.author()).isEqualTo("kiosk:it-kiosk");
        assertThat(KioskDb.payloads(kioskDb, "SELECT payload FROM notice", Notice.class)).contains(published);

        // the central office edits it again; the kiosk, not yet synced, edits its own copy too
        Notice centralEdit = edited(kioskEdit, "（中心修订）", kioskEdit.version() + 1);
        server.importer().importDataset(new Dataset(List.of(), List.of(), List.of(), List.of(centralEdit)));
        Notice concurrent = edited(kioskEdit, "（社区再次修改）", kioskEdit.version() + 1);
        String uploadId = UUID.randomUUID().toString();
        kioskDb.useTransaction(c -> outbox.enqueue(c, uploadId, "NOTICE", SyncJson.write(concurrent), Instant.now()));

        assertThat(sync.syncNow().ok()).isTrue();
        assertThat(centralNotice(original.id())).as("the central copy stays in force").isEqualTo(centralEdit);
        assertThat(KioskDb.payloads(kioskDb, "SELECT payload FROM notice", Notice.class)).contains(centralEdit);
        assertThat(sync.heldUploads()).singleElement().asString().contains("HELD");
        String status = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(status).contains("待处理的公告冲突（1）").contains(uploadId);

        // a person keeps the kiosk's text: it becomes the next central version and travels down
        boolean resolved = server.database().inTransaction(c -> SyncServer.noticeIntakeFor(Clock.systemUTC())
                .resolve(c, uploadId, true, Instant.now()));
        assertThat(resolved).isTrue();
        assertThat(sync.syncNow().ok()).isTrue();
        assertThat(KioskDb.payloads(kioskDb, "SELECT payload FROM notice", Notice.class))
                .anyMatch(n -> n.id().equals(original.id()) && n.title().endsWith("（社区再次修改）")
                        && n.version() == centralEdit.version() + 1);
    }

    @Test
    void aNoticeForAnotherSiteIsRefusedAndShownToStaffNotRetriedForever() {
        sync.syncNow();
        Notice foreign = DATA.notices().stream().filter(n -> n.siteCode().equals("110199002001")).findFirst()
                .orElseThrow();
        kioskDb.useTransaction(c -> new OutboxStore().enqueue(c, UUID.randomUUID().toString(), "NOTICE",
                SyncJson.write(edited(foreign, "（越权）", foreign.version() + 1)), Instant.now()));
        assertThat(sync.syncNow().ok()).isTrue();
        assertThat(sync.pendingUploads()).isZero();
        assertThat(sync.heldUploads()).singleElement().asString().contains("REFUSED").contains("110199002001");
        assertThat(centralNotice(foreign.id())).isEqualTo(foreign);
    }

    /** A complete information request as a kiosk files it (the server's intake refuses anything less). */
    static String infoRequest(String id, long sequence, String description) {
        cn.zwgk.core.request.TrackingCode code = cn.zwgk.core.request.TrackingCode.issue(
                cn.zwgk.core.request.TrackingCode.kioskNumberFor("it-kiosk"), sequence);
        Instant at = Instant.parse("2026-11-23T02:00:00Z");
        return SyncJson.write(new cn.zwgk.core.request.InfoRequest(id, code.toString(), "it-kiosk", SITE,
                cn.zwgk.core.request.ApplicantType.NATURAL_PERSON, null, "李四", null,
                cn.zwgk.core.request.IdDocumentType.RESIDENT_ID, "11010519491231002X", "13812345678", null, null,
                description, cn.zwgk.core.request.InformationForm.PAPER, null, cn.zwgk.core.request.DeliveryMethod.COLLECT,
                true, at, "Asia/Shanghai", java.time.LocalDate.of(2026, 11, 23), false));
    }

    Notice centralNotice(String id) {
        return server.database().inTransaction(c -> new cn.zwgk.server.notice.NoticeStore().byId(c, id)).orElseThrow();
    }

    static Notice edited(Notice n, String suffix, long version) {
        return new Notice(n.id(), n.siteCode(), n.templateId(), n.category(), n.title() + suffix, n.body(), n.fields(),
                n.period(), n.objectionContact(), n.issuer(), n.status(), cn.zwgk.core.notice.NoticeOrigin.KIOSK,
                "community-staff", version, n.updatedAt(), n.attachments());
    }

    /** {@code sha} null: none. */
    static Notice withAttachment(Notice n, String id, String sha) {
        return new Notice(id, n.siteCode(), n.templateId(), n.category(), n.title(), n.body(), n.fields(), n.period(),
                n.objectionContact(), n.issuer(), n.status(), n.origin(), n.author(), n.version(), n.updatedAt(),
                sha == null ? List.of() : List.of(sha));
    }

    static CatalogueItem renamed(CatalogueItem first, String name) {
        return new CatalogueItem(first.id(), first.kind(), first.domainCode(), first.serialNo(), first.level1(), name,
                first.content(), first.basis(), first.timeLimit(), first.responsibleBody(), first.channels(),
                first.audience(), first.method(), first.level(), first.onlineUrl(), first.document(), first.links(),
                first.language(), first.version() + 1, first.updatedAt());
    }

    /** Reads the kiosk's Derby directly, as an auditor would. */
    static final class KioskDb {
        static <T> List<T> payloads(Database db, String sql, Class<T> type) {
            return db.inTransaction(c -> {
                List<T> list = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(SyncJson.read(rs.getString(1), type));
                    }
                }
                return list;
            });
        }
    }

    static final class ServerDb {
        static long count(SyncServer server, String table) {
            return server.database().inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }
}

package cn.zwgk.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.PublicityPeriod;
import cn.zwgk.server.notice.NoticeStore;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 1: one kiosk credential (kept in a public hall) tries to take over its site's boards or another
 * site's notices through {@code PUT /sync/v1/uploads/<id>}. Over real HTTP, with the server's real stores.
 */
class NoticeUploadTrustTest {
    static final String SITE = "110199001001";
    static final String STREET = "110199001";
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final Dataset DATA = new DemoDataGenerator(17).generate(60);

    @TempDir
    Path dir;
    SyncServer server;
    KioskHttp kiosk;

    @BeforeEach
    void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir), Clock.fixed(NOW, ZoneOffset.UTC));
        server.importer().importDataset(DATA);
        server.start();
        kiosk = KioskHttp.enrolled(server, SITE, "hall-kiosk");
    }

    @AfterEach
    void stop() {
        kiosk.close();
        server.close();
    }

    /** A notice as the kiosk's editor would send it: template 通知, this site, published. */
    static Notice kioskNotice(String id, long version, String title) {
        return new Notice(id, SITE, "notice", "通知", title, "正文", Map.of("time", "本周六上午"),
                new PublicityPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 7)), null, "东湖社区居民委员会",
                NoticeStatus.PUBLISHED, NoticeOrigin.KIOSK, "wang", version, NOW, List.of(), 1, false, false);
    }

    static Notice with(Notice n, String site, NoticeOrigin origin, String author, long version, boolean urgent) {
        return new Notice(n.id(), site, n.templateId(), n.category(), n.title() + "（改）", n.body(), n.fields(), n.period(),
                n.objectionContact(), n.issuer(), n.status(), origin, author, version, n.updatedAt(), n.attachments(),
                n.templateVersion(), n.pinned(), urgent);
    }

    Optional<Notice> stored(String id) {
        return server.database().inTransaction(c -> new NoticeStore().byId(c, id));
    }

    long count(String sql, String id) {
        return server.database().inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Test
    void aForgedUrgentCentralNoticeIsStoredAsTheKiosksOwnPlainNotice() throws Exception {
        String id = UUID.randomUUID().toString();
        Notice forged = with(kioskNotice(id, 1, "全区停水"), SITE, NoticeOrigin.CENTRAL, "central-admin", 1, true);

        HttpResponse<String> r = kiosk.upload("NOTICE", id, forged);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Notice kept = stored(id).orElseThrow();
        assertThat(kept.urgent()).as("urgent is the central office's alone").isFalse();
        assertThat(kept.origin()).isEqualTo(NoticeOrigin.KIOSK);
        assertThat(kept.author()).isEqualTo("kiosk:hall-kiosk");
        assertThat(kept.updatedAt()).isEqualTo(NOW);
        assertThat(count("SELECT COUNT(*) FROM change_log WHERE record_id = ? AND urgent = TRUE", id))
                .as("no urgent change for the boards to take over the screen with").isZero();
        assertThat(count("SELECT COUNT(*) FROM change_log WHERE record_id = ?", id)).isEqualTo(1);
    }

    @Test
    void aKioskKeepsEditingItsOwnNotices() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(kiosk.upload("NOTICE", id, kioskNotice(id, 1, "第一版")).statusCode()).isEqualTo(200);
        String next = UUID.randomUUID().toString();
        HttpResponse<String> r = kiosk.upload("NOTICE", next, kioskNotice(id, 2, "第二版"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(stored(id).orElseThrow().title()).isEqualTo("第二版");
    }

    @Nested
    class StoredCopiesOfOthers {
        @Test
        void aStreetNoticeMovedIntoTheKiosksSiteIsRefusedAndLeftAsItWas() throws Exception {
            Notice street = DATA.notices().stream().filter(n -> n.siteCode().equals(STREET)).findFirst().orElseThrow();
            Notice hijack = with(street, SITE, NoticeOrigin.KIOSK, "wang", street.version() + 1, false);
            String uploadId = UUID.randomUUID().toString();

            HttpResponse<String> r = kiosk.upload("NOTICE", uploadId, hijack);

            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).contains("这条公告属于站点 " + STREET);
            assertThat(stored(street.id())).contains(street);
            assertThat(count("SELECT COUNT(*) FROM notice_refusal WHERE upload_id = ?", uploadId)).isEqualTo(1);
        }

        @Test
        void aNoticeTheCentralOfficeWroteForTheKiosksOwnSiteIsRefused() throws Exception {
            Notice central = DATA.notices().stream()
                    .filter(n -> n.siteCode().equals(SITE) && n.origin() == NoticeOrigin.CENTRAL).findFirst().orElseThrow();
            Notice rewrite = with(central, SITE, NoticeOrigin.KIOSK, "wang", central.version() + 1, false);

            HttpResponse<String> r = kiosk.upload("NOTICE", UUID.randomUUID().toString(), rewrite);

            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).contains("只能在中心控制台修改");
            assertThat(stored(central.id())).contains(central);
        }

        @Test
        void aNoticeForAnotherSiteOutrightIsRefused() throws Exception {
            String id = UUID.randomUUID().toString();
            HttpResponse<String> r = kiosk.upload("NOTICE", id, with(kioskNotice(id, 1, "越权"), "110199002001",
                    NoticeOrigin.KIOSK, "wang", 1, false));
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).contains("不能发布站点 110199002001 的公告");
            assertThat(stored(id)).isEmpty();
        }
    }

    @Nested
    class TheConsolesChecks {
        @Test
        void aMissingRequiredTemplateFieldIsRefusedNamingIt() throws Exception {
            String id = UUID.randomUUID().toString();
            Notice n = kioskNotice(id, 1, "活动");
            Notice event = new Notice(id, SITE, "event", "活动通知", "周末活动", "正文", Map.of("time", "周六"), n.period(), null,
                    n.issuer(), NoticeStatus.PUBLISHED, NoticeOrigin.KIOSK, "wang", 1, NOW, List.of(), 1, false, false);

            HttpResponse<String> r = kiosk.upload("NOTICE", id, event);

            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).contains("活动地点不能为空");
            assertThat(stored(id)).isEmpty();
        }

        @Test
        void anOverLongFieldAnUnknownTemplateAndADraftAreRefused() throws Exception {
            String a = UUID.randomUUID().toString();
            Notice n = kioskNotice(a, 1, "x");
            Notice longField = new Notice(a, SITE, "notice", "通知", "标题", "正文", Map.of("time", "九".repeat(101)),
                    n.period(), null, n.issuer(), NoticeStatus.PUBLISHED, NoticeOrigin.KIOSK, "wang", 1, NOW, List.of(), 1,
                    false, false);
            assertThat(kiosk.upload("NOTICE", a, longField).body()).contains("时间不能超过 100 个字符");

            String b = UUID.randomUUID().toString();
            Notice unknown = new Notice(b, SITE, "no-such-template", "通知", "标题", "正文", Map.of(), n.period(), null,
                    n.issuer(), NoticeStatus.PUBLISHED, NoticeOrigin.KIOSK, "wang", 1, NOW, List.of(), 1, false, false);
            HttpResponse<String> r = kiosk.upload("NOTICE", b, unknown);
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).contains("公告模板「no-such-template」在中心不存在");

            String d = UUID.randomUUID().toString();
            Notice draft = new Notice(d, SITE, "notice", "通知", "标题", "正文", Map.of(), n.period(), null, n.issuer(),
                    NoticeStatus.DRAFT, NoticeOrigin.KIOSK, "wang", 1, NOW, List.of(), 1, false, false);
            assertThat(kiosk.upload("NOTICE", d, draft).statusCode()).isEqualTo(422);
            assertThat(List.of(a, b, d)).allSatisfy(id -> assertThat(stored(id)).isEmpty());
        }

        @Test
        void aCategoryTheTemplateDoesNotHaveIsReplacedByTheTemplatesOwn() throws Exception {
            String id = UUID.randomUUID().toString();
            Notice n = kioskNotice(id, 1, "标题");
            Notice odd = new Notice(id, SITE, "notice", "紧急通知", n.title(), n.body(), n.fields(), n.period(), null,
                    n.issuer(), NoticeStatus.PUBLISHED, NoticeOrigin.KIOSK, "wang", 1, NOW, List.of(), 1, false, false);
            assertThat(kiosk.upload("NOTICE", id, odd).statusCode()).isEqualTo(200);
            assertThat(stored(id).orElseThrow().category()).isEqualTo("通知");
        }
    }
}

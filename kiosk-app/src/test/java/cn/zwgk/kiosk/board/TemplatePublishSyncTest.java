package cn.zwgk.kiosk.board;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.sync.SyncService;
import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.notice.NoticeStore;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import cn.zwgk.server.template.TemplateDesk;
import cn.zwgk.server.template.TemplateStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template version published at the central console reaches a kiosk by a real sync over loopback HTTP; the
 * notice written with version 1 keeps rendering with version 1 there, a notice written with version 2 uses 2.
 */
class TemplatePublishSyncTest {
    static final String SITE = "110199001001";
    static final StaffSession ADMIN = new StaffSession("admin", "中心管理员", Set.of(Role.CENTRAL_ADMIN), null);
    static final StaffSession STAFF = new StaffSession("wang", "王小红", Set.of(Role.COMMUNITY_STAFF), SITE);

    @TempDir
    Path dir;

    @Test
    void aKioskReceivesVersionTwoWhileANoticeWrittenWithVersionOneKeepsIt() throws Exception {
        Clock clock = Clock.systemUTC();
        try (SyncServer server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), clock)) {
            Dataset data = new DemoDataGenerator(11).generate(100);
            server.importer().importDataset(new Dataset(data.domains(), data.sites(), List.of(), List.of(),
                    TemplateCatalog.builtIn().all(), List.of()));
            Notice v1Notice = notice(data, "10000000-0000-4000-8000-0000000000b1", "用第一版模板写的通知", 1);
            server.importer().importDataset(new Dataset(List.of(), List.of(), List.of(), List.of(v1Notice)));
            server.start();
            try (Database db = KioskDatabase.open(dir.resolve("kiosk/db"))) {
                KioskConfig config = new KioskConfig("127.0.0.1", 0, dir.resolve("kiosk"),
                        URI.create("http://127.0.0.1:" + server.port()), "tpl-kiosk", SITE, Duration.ofMinutes(5),
                        ZoneId.of("Asia/Shanghai"));
                SyncService sync = KioskApp.syncService(db, config, clock);
                sync.useEnrolmentCode(server.enrolment().issueCode(SITE, Duration.ofHours(1)));
                assertThat(sync.syncNow().ok()).isTrue();

                TemplateDesk desk = new TemplateDesk(server.database(), new TemplateStore(clock), new NoticeStore(),
                        server.importer(), new AuditLog(clock), TemplateCatalog.builtIn());
                NoticeTemplate v1 = TemplateCatalog.builtIn().byId("notice").orElseThrow();
                NoticeTemplate v2 = desk.publish(ADMIN, new NoticeTemplate(v1.id(), v1.name(), v1.category(),
                        v1.publicityDays(), v1.objectionContact(), v1.fields(), v1.version(),
                        v1.markup().replace("<@g.notice>", "<@g.notice><p class=\"zb-v2\">（第二版模板）</p>")));
                Notice v2Notice = notice(data, "10000000-0000-4000-8000-0000000000b2", "用第二版模板写的通知", v2.version());
                server.importer().importDataset(new Dataset(List.of(), List.of(), List.of(), List.of(v2Notice)));
                assertThat(sync.syncNow().ok()).isTrue();

                BoardService board = KioskApp.boardService(db, config, clock, sync);
                assertThat(Jsoup.parse(String.join("", board.screenPages(v1Notice))).select(".zb-v2")).isEmpty();
                assertThat(Jsoup.parse(String.join("", board.screenPages(v2Notice))).select(".zb-v2").text())
                        .isEqualTo("（第二版模板）");
                assertThat(board.templates()).filteredOn(t -> t.id().equals("notice"))
                        .extracting(NoticeTemplate::version).containsExactly(2);
                NoticeEditorService editor = KioskApp.noticeEditor(db, config, clock, sync, board);
                assertThat(editor.newDraft(STAFF, "notice", "东湖社区居民委员会").templateVersion())
                        .as("new notices at the kiosk are written with the new version").isEqualTo(2);
            }
        }
    }

    static Notice notice(Dataset data, String id, String title, int templateVersion) {
        Notice any = data.notices().stream().filter(n -> n.siteCode().equals(SITE)).findFirst().orElseThrow();
        return new Notice(id, SITE, "notice", "通知", title, "正文", java.util.Map.of(), any.period(), null, any.issuer(),
                cn.zwgk.core.notice.NoticeStatus.PUBLISHED, cn.zwgk.core.notice.NoticeOrigin.CENTRAL, "central", 1,
                any.updatedAt(), List.of(), templateVersion, false, false);
    }
}

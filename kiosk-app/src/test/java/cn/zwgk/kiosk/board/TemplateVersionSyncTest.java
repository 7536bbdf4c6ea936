package cn.zwgk.kiosk.board;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.PublicityPeriod;
import cn.zwgk.core.staff.PasswordHasher;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffAccount;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.kiosk.catalogue.CatalogueStore;
import cn.zwgk.kiosk.notice.NoticeStore;
import cn.zwgk.kiosk.site.SiteStore;
import cn.zwgk.kiosk.staff.StaffStore;
import cn.zwgk.kiosk.sync.PageApplier;
import cn.zwgk.kiosk.system.KioskDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates and staff accounts arriving by sync pages: a new template version is used for notices written
 * with it while older notices keep rendering with theirs; a staff account lands in the kiosk's table.
 */
class TemplateVersionSyncTest {
    static final String SITE = "110199001001";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    @TempDir
    Path dir;

    @Test
    void aNoticeRendersWithTheTemplateVersionItWasWrittenWith() {
        try (Database db = KioskDatabase.open(dir.resolve("db"))) {
            PageApplier applier = new PageApplier(new CatalogueStore(), new NoticeStore(), new SiteStore());
            NoticeTemplate v1 = TemplateCatalog.builtIn().byId("notice").orElseThrow();
            NoticeTemplate v2 = new NoticeTemplate(v1.id(), v1.name(), v1.category(), v1.publicityDays(), v1.objectionContact(),
                    v1.fields(), 2, "<#import \"/_notice.ftlh\" as g><@g.notice><p class=\"v2-note\">（第二版模板）</p></@g.notice>");
            Notice old = notice("10000000-0000-4000-8000-0000000000a1", "旧模板写的通知", 1);
            Notice fresh = notice("10000000-0000-4000-8000-0000000000a2", "新模板写的通知", 2);
            String hash = PasswordHasher.hash("Dongh-2026!");
            StaffAccount staff = new StaffAccount("wang", "王小红", hash, Set.of(Role.COMMUNITY_STAFF), SITE, true, 1);
            db.useTransaction(c -> applier.applyAll(c, List.of(
                    new Change(1, RecordType.TEMPLATE, v1.id(), ChangeOp.UPSERT, SyncJson.tree(v1)),
                    new Change(2, RecordType.NOTICE, old.id(), ChangeOp.UPSERT, SyncJson.tree(old)),
                    new Change(3, RecordType.STAFF, staff.id(), ChangeOp.UPSERT, SyncJson.tree(staff)))));
            db.useTransaction(c -> applier.applyAll(c, List.of(
                    new Change(4, RecordType.TEMPLATE, v2.id(), ChangeOp.UPSERT, SyncJson.tree(v2)),
                    new Change(5, RecordType.NOTICE, fresh.id(), ChangeOp.UPSERT, SyncJson.tree(fresh)))));

            Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
            BoardService board = new BoardService(db, new BoardStore(), new SiteStore(), new TemplateVersionStore(), SITE, clock,
                    ZONE, BoardSettings.defaults());
            assertThat(Jsoup.parse(board.screenPages(old).getFirst()).select(".v2-note")).isEmpty();
            assertThat(Jsoup.parse(board.screenPages(fresh).getFirst()).select(".v2-note").text()).isEqualTo("（第二版模板）");
            assertThat(board.templates()).filteredOn(t -> t.id().equals("notice")).extracting(NoticeTemplate::version)
                    .containsExactly(2);
            java.util.Optional<StaffAccount> synced = db.inTransaction(c -> new StaffStore().byUsername(c, "wang"));
            assertThat(synced).hasValueSatisfying(a ->
                    assertThat(a.passwordHash()).isEqualTo(hash));
            db.useTransaction(c -> applier.applyAll(c, List.of(new Change(6, RecordType.STAFF, "wang", ChangeOp.DELETE, null))));
            java.util.Optional<StaffAccount> deleted = db.inTransaction(c -> new StaffStore().byUsername(c, "wang"));
            assertThat(deleted).as("a deleted account cannot log in").isEmpty();
        }
    }

    static Notice notice(String id, String title, int templateVersion) {
        return new Notice(id, SITE, "notice", "通知", title, "正文", Map.of(), new PublicityPeriod(LocalDate.of(2026, 11, 20), null),
                null, "东湖社区居民委员会", NoticeStatus.PUBLISHED, NoticeOrigin.CENTRAL, "central", 1,
                Instant.parse("2026-11-20T00:00:00Z"), List.of(), templateVersion, false, false);
    }
}

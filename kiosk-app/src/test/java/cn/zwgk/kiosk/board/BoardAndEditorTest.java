package cn.zwgk.kiosk.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.PublicityPeriod;
import cn.zwgk.core.site.Site;
import cn.zwgk.core.site.SiteLevel;
import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.kiosk.notice.NoticeStore;
import cn.zwgk.kiosk.site.SiteStore;
import cn.zwgk.kiosk.sync.OutboxStore;
import cn.zwgk.kiosk.system.KioskDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's rules and the notice editor, on a real Derby store, with a clock the test moves. */
class BoardAndEditorTest {
    static final String SITE = "110199001001";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final StaffSession STAFF = new StaffSession("wang", "王小红", Set.of(Role.COMMUNITY_STAFF), SITE);
    static final StaffSession HALL = new StaffSession("li", "李大厅", Set.of(Role.HALL_STAFF), SITE);

    @TempDir
    Path dir;
    Database db;
    MovingClock clock = new MovingClock();
    BoardService board;
    NoticeEditorService editor;
    final NoticeStore notices = new NoticeStore();

    static final class MovingClock extends Clock {
        Instant now = LocalDate.of(2026, 11, 23).atTime(10, 0).atZone(ZONE).toInstant();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void days(int d) {
            now = now.plus(Duration.ofDays(d));
        }
    }

    @BeforeEach
    void open() {
        db = KioskDatabase.open(dir.resolve("db"));
        db.useTransaction(c -> {
            SiteStore sites = new SiteStore();
            sites.put(c, new Site("110199", "城东区", SiteLevel.DISTRICT, null));
            sites.put(c, new Site("110199001", "东湖街道", SiteLevel.STREET, "110199"));
            sites.put(c, new Site(SITE, "东湖社区", SiteLevel.COMMUNITY, "110199001"));
        });
        AttachmentFiles files = new AttachmentFiles(dir.resolve("attachments"));
        board = new BoardService(db, new BoardStore(), new SiteStore(), new TemplateVersionStore(), SITE, clock, ZONE,
                BoardSettings.defaults(), sha -> files.path(sha).map(p -> {
                    try {
                        return java.nio.file.Files.readAllBytes(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
        editor = new NoticeEditorService(db, notices, new NoticeDeskStore(), new BoardStore(), new OutboxStore(), board,
                files, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    Notice central(String site, String title, LocalDate start, LocalDate end, boolean pinned, boolean urgent, NoticeOrigin origin) {
        Notice n = new Notice(UUID.randomUUID().toString(), site, "notice", "通知", title, "正文", Map.of(),
                new PublicityPeriod(start, end), null, "城东区人民政府办公室", NoticeStatus.PUBLISHED, origin, "central",
                1, clock.instant(), List.of(), 1, pinned, urgent);
        db.useTransaction(c -> notices.put(c, n));
        return n;
    }

    Notice eventDraft(String title) {
        Notice d = editor.newDraft(STAFF, "event", "东湖社区居民委员会");
        Map<String, String> fields = new HashMap<>(d.fields());
        fields.put("time", "2026年11月30日 9:00");
        fields.put("place", "东湖社区文化广场");
        return new Notice(d.id(), d.siteCode(), d.templateId(), d.category(), title, "欢迎居民参加。", fields, d.period(),
                null, d.issuer(), d.status(), d.origin(), d.author(), d.version(), d.updatedAt(), d.attachments(),
                d.templateVersion(), false, false);
    }

    List<OutboxStore.Pending> pending() {
        return db.inTransaction(c -> new OutboxStore().pending(c, 10));
    }

    @Test
    void publicityPeriodsFollowTheKioskClockAndExpiredNoticesGoToTheArchive() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        Notice running = central(SITE, "公示中", today.minusDays(2), today.plusDays(1), false, false, NoticeOrigin.CENTRAL);
        Notice future = central(SITE, "明天开始", today.plusDays(1), today.plusDays(5), false, false, NoticeOrigin.CENTRAL);
        Notice street = central("110199001", "街道通知", today, null, false, false, NoticeOrigin.CENTRAL);
        Notice neighbour = central("110199001002", "邻居社区", today, null, false, false, NoticeOrigin.CENTRAL);
        assertThat(board.snapshot().current()).extracting(Notice::title).containsExactly("公示中", "街道通知");
        clock.days(2);
        BoardSnapshot later = board.snapshot();
        assertThat(later.current()).extracting(Notice::title).containsExactly("明天开始", "街道通知");
        assertThat(later.archive()).extracting(Notice::id).containsExactly(running.id());
        assertThat(List.of(future.id(), street.id())).doesNotContain(neighbour.id());
        assertThat(later.siteName()).isEqualTo("东湖社区");
    }

    @Test
    void pinnedNoticesComeFirstAndOnlyACentralUrgentNoticeTakesOver() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        central(SITE, "普通", today, null, false, false, NoticeOrigin.CENTRAL);
        central(SITE, "置顶", today.minusDays(3), null, true, false, NoticeOrigin.CENTRAL);
        central(SITE, "终端自称紧急", today, null, false, true, NoticeOrigin.KIOSK);
        assertThat(board.snapshot().current().getFirst().title()).isEqualTo("置顶");
        assertThat(board.snapshot().urgent()).isEmpty();
        Notice urgent = central("110199", "暴雨红色预警", today, null, false, true, NoticeOrigin.CENTRAL);
        assertThat(board.snapshot().urgent()).map(Notice::id).contains(urgent.id());
        db.useTransaction(c -> notices.put(c, urgent.withStatus(NoticeStatus.WITHDRAWN, "central", clock.instant())));
        assertThat(board.snapshot().urgent()).as("until withdrawn").isEmpty();
    }

    @Test
    void aPublishedNoticeIsOnTheBoardAtOnceAndQueuedForTheServer() {
        Notice published = editor.publish(STAFF, eventDraft("重阳节敬老文艺汇演"));
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.status()).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(published.origin()).isEqualTo(NoticeOrigin.KIOSK);
        assertThat(board.snapshot().current()).extracting(Notice::id).containsExactly(published.id());
        List<OutboxStore.Pending> pending = pending();
        assertThat(pending).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo("NOTICE");
            assertThat(SyncJson.read(p.payload(), Notice.class)).isEqualTo(published);
        });
        String page = board.screenPages(published).getFirst();
        assertThat(Jsoup.parse(page).selectFirst(".zb-title").text()).isEqualTo("重阳节敬老文艺汇演");
    }

    @Test
    void aCorrectedVersionReplacesTheOldOneWhichStaysInHistory() {
        Notice v1 = editor.publish(STAFF, eventDraft("原标题"));
        clock.now = clock.now.plusSeconds(60);
        Notice draft = editor.correct(STAFF, v1.id());
        assertThat(draft.version()).isEqualTo(2);
        Notice v2 = editor.publish(STAFF, new Notice(draft.id(), draft.siteCode(), draft.templateId(), draft.category(),
                "更正后的标题", draft.body(), draft.fields(), draft.period(), null, draft.issuer(), draft.status(),
                draft.origin(), draft.author(), draft.version(), draft.updatedAt(), draft.attachments(),
                draft.templateVersion(), false, false));
        assertThat(board.snapshot().current()).extracting(Notice::title).containsExactly("更正后的标题");
        assertThat(editor.history(v1.id())).extracting(Notice::version, Notice::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "更正后的标题"), org.assertj.core.groups.Tuple.tuple(1L, "原标题"));
        assertThat(pending()).hasSize(2);
        assertThatThrownBy(() -> editor.publish(STAFF, draft)).as("a stale draft is refused")
                .hasMessageContaining("已被修改为第 2 版");
        assertThat(v2.version()).isEqualTo(2);
    }

    @Test
    void withdrawingTakesTheNoticeOffTheBoardAndSendsTheNewStatusUp() {
        Notice v1 = editor.publish(STAFF, eventDraft("要撤回的公告"));
        clock.now = clock.now.plusSeconds(60);
        Notice withdrawn = editor.withdraw(STAFF, v1.id());
        assertThat(withdrawn.version()).isEqualTo(2);
        assertThat(board.snapshot().current()).isEmpty();
        assertThat(pending()).extracting(p -> SyncJson.read(p.payload(), Notice.class).status())
                .containsExactly(NoticeStatus.PUBLISHED, NoticeStatus.WITHDRAWN);
    }

    @Test
    void overLongFieldsAndMissingRequiredOnesAreRefusedNamingTheLimit() {
        Notice d = eventDraft("标".repeat(121));
        assertThatThrownBy(() -> editor.saveDraft(STAFF, d)).isInstanceOf(NoticeRejectedException.class)
                .hasMessageContaining("标题不能超过 120 个字符");
        Map<String, String> fields = new HashMap<>(d.fields());
        fields.put("place", "");
        Notice noPlace = new Notice(d.id(), d.siteCode(), d.templateId(), d.category(), "标题", d.body(), fields, d.period(),
                null, d.issuer(), d.status(), d.origin(), d.author(), d.version(), d.updatedAt(), d.attachments(),
                d.templateVersion(), false, false);
        editor.saveDraft(STAFF, noPlace);
        assertThatThrownBy(() -> editor.publish(STAFF, noPlace)).hasMessageContaining("活动地点不能为空");
        assertThat(board.snapshot().current()).isEmpty();
        assertThat(editor.draft(d.id())).isPresent();
    }

    @Test
    void onlyCommunityStaffMayEditAndNotForAnotherSite() {
        assertThatThrownBy(() -> editor.newDraft(HALL, "event", "x")).isInstanceOf(AccessDeniedException.class);
        Notice d = eventDraft("别的社区");
        Notice foreign = central("110199001002", "邻居社区的公告", LocalDate.of(2026, 11, 23), null, false, false, NoticeOrigin.CENTRAL);
        assertThatThrownBy(() -> editor.withdraw(STAFF, foreign.id())).hasMessageContaining("只能编辑本社区的公告");
        assertThatThrownBy(() -> editor.publish(HALL, d)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNoticeTheCentralOfficeWroteForThisSiteIsCorrectedAtTheConsoleNotHere() {
        // the server refuses a kiosk's version of it (issue 17 item 1): the editor says so before staff type anything
        Notice ours = central(SITE, "中心发布的通知", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 7), false, false,
                NoticeOrigin.CENTRAL);
        assertThatThrownBy(() -> editor.correct(STAFF, ours.id())).hasMessage("这条公告由区政务公开办发布，只能在中心修改");
        assertThatThrownBy(() -> editor.withdraw(STAFF, ours.id())).hasMessage("这条公告由区政务公开办发布，只能在中心修改");
        Notice rewrite = ours.withStatus(NoticeStatus.PUBLISHED, "staff", clock.instant());
        assertThatThrownBy(() -> editor.publish(STAFF, rewrite)).hasMessage("这条公告由区政务公开办发布，只能在中心修改");
        assertThat(editor.isEditableHere(ours)).isFalse();
        assertThat(pending()).isEmpty();
    }

    @Test
    void aVersionTheCentralOfficeKeptAsideIsShownBesideTheCentralCopy() {
        Notice mine = editor.publish(STAFF, eventDraft("本终端修改的标题"));
        OutboxStore.Pending up = pending().getFirst();
        db.useTransaction(c -> new OutboxStore().markSent(c, up.id(), clock.instant(),
                "HELD: the central copy changed meanwhile: both kept, the central copy stays until staff decide"));
        assertThat(editor.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kioskCopy().title()).isEqualTo("本终端修改的标题");
            assertThat(c.centralCopy().id()).isEqualTo(mine.id());
        });
        // the next sync brings the central copy, which then stands on the board beside the kept kiosk copy
        Notice central = new Notice(mine.id(), SITE, "event", mine.category(), "中心修改的标题", mine.body(), mine.fields(),
                mine.period(), null, mine.issuer(), NoticeStatus.PUBLISHED, NoticeOrigin.CENTRAL, "central", 2,
                clock.instant(), List.of(), 1, false, false);
        db.useTransaction(c -> notices.put(c, central));
        assertThat(editor.conflicts().getFirst().centralCopy().title()).isEqualTo("中心修改的标题");
        assertThat(board.snapshot().current()).extracting(Notice::title).containsExactly("中心修改的标题");
    }

    @Test
    void anAttachedImageIsStoredByItsHashPreviewedAndPublishedWithTheNotice() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        Notice withImage = editor.attachImage(STAFF, eventDraft("带图片的活动通知"), png.toByteArray());
        assertThat(withImage.attachments()).singleElement().asString().matches("[0-9a-f]{64}");
        assertThat(Jsoup.parse(String.join("", editor.previewScreen(withImage))).select(".zb-image img").attr("src"))
                .startsWith("data:image/png;base64,");
        editor.publish(STAFF, withImage);
        // the sync sends the image up before the notice (KioskImageUploadTest covers that over HTTP)
        assertThat(board.snapshot().current()).singleElement()
                .satisfies(n -> assertThat(n.attachments()).isEqualTo(withImage.attachments()));
    }

    @Test
    void aNonImageOrTooLargeImageIsRefused() {
        Notice d = eventDraft("带图片");
        assertThatThrownBy(() -> editor.attachImage(STAFF, d, "MZ\u0090 not an image".getBytes()))
                .hasMessage("附件不是图片，只接受 JPG、PNG 或 GIF 图片");
        assertThatThrownBy(() -> editor.attachImage(STAFF, d, new byte[3 * 1024 * 1024]))
                .hasMessageContaining("上限为 2.0 MB");
    }
}

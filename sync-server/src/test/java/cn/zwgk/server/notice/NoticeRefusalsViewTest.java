package cn.zwgk.server.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.console.ConsoleViewTest;
import com.vaadin.flow.component.grid.Grid;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Refused notice uploads on the console: listed for central admins only, marked reviewed with an audit line. */
class NoticeRefusalsViewTest extends ConsoleViewTest {
    static Notice refused;

    @BeforeAll
    static void twoRefusals() {
        refused = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).generate(20).notices().stream()
                .filter(n -> !n.fields().isEmpty()).findFirst().orElseThrow();
        // as UploadService stores a refusal: the upload's payload and the reason given to the kiosk
        server.database().useTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO notice_refusal (upload_id, kiosk_id, reason, payload, received_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, "u-1");
                ps.setString(2, "dongh-1");
                ps.setString(3, "公告引用的图片 0123456789ab… 未上传到中心，公告暂不发布，已留待核查");
                ps.setString(4, SyncJson.write(refused));
                ps.setTimestamp(5, Timestamp.from(Instant.parse("2026-12-01T02:00:00Z")));
                ps.executeUpdate();
                ps.setString(1, "u-2");
                ps.setString(3, "not a notice: garbled");
                ps.setString(4, "{\"no\":\"notice\"}");
                ps.setTimestamp(5, Timestamp.from(Instant.parse("2026-12-01T03:00:00Z")));
                ps.executeUpdate();
            }
        });
    }

    @Test
    void anAdminSeesTheRefusalsNewestFirstWithTitleAndReasonButNotTheNoticesContent() {
        actAs(admin());
        navigate(NoticeRefusalsView.class);
        @SuppressWarnings("unchecked")
        Grid<NoticeRefusals.Refusal> grid = $(Grid.class).id("notice-refusals");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        List<NoticeRefusals.Refusal> open = services.noticeRefusals().list(admin(), false);
        NoticeRefusals.Refusal image = open.stream().filter(r -> "dongh-1".equals(r.kioskId()) && r.title() != null)
                .findFirst().orElseThrow();
        assertThat(image.title()).isEqualTo(refused.title());
        assertThat(image.siteCode()).isEqualTo(refused.siteCode());
        assertThat(image.reason()).contains("未上传到中心");
        assertThat(services.noticeRefusals().list(admin(), true)).anySatisfy(r -> assertThat(r.title()).isNull());

        String shown = String.join("\n", java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(row -> test(grid).getCellText(row, 3) + " " + test(grid).getCellText(row, 4)).toList());
        assertThat(shown).contains(refused.title());
        refused.fields().values().stream().filter(v -> v.length() > 3)
                .forEach(value -> assertThat(shown).doesNotContain(value));
    }

    @Test
    void markingReviewedHidesItFromTheOpenListAndIsAudited() {
        NoticeRefusals.Refusal first = services.noticeRefusals().list(admin(), true).stream()
                .filter(r -> r.title() == null).findFirst().orElseThrow();
        services.noticeRefusals().markReviewed(admin(), first.id());
        services.noticeRefusals().markReviewed(admin(), first.id()); // twice: one audit line

        assertThat(services.noticeRefusals().list(admin(), false)).extracting(NoticeRefusals.Refusal::id)
                .doesNotContain(first.id());
        assertThat(services.noticeRefusals().list(admin(), true)).filteredOn(r -> r.id() == first.id())
                .singleElement().satisfies(r -> assertThat(r.reviewedAt()).isNotNull());
        long audited = server.database().inTransaction(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM audit_log WHERE action_code = ? AND target = ?")) {
                ps.setString(1, "NOTICE_REFUSAL_REVIEWED");
                ps.setString(2, "notice-refusal:" + first.id());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void communityStaffMayNotReadOrReviewThem() {
        StaffSession community = new StaffSession("shequ", "社区工作人员", Set.of(Role.COMMUNITY_STAFF), "110199001001");
        assertThatThrownBy(() -> services.noticeRefusals().list(community, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.noticeRefusals().markReviewed(community, 1))
                .isInstanceOf(AccessDeniedException.class);
    }
}

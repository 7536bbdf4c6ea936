package cn.zwgk.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.request.IllegalTransitionException;
import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.request.ReplyReason;
import cn.zwgk.core.request.ReplyType;
import cn.zwgk.core.request.RequestEvent;
import cn.zwgk.core.request.RequestEventType;
import cn.zwgk.core.request.RequestState;
import cn.zwgk.core.request.RequestStatus;
import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.sync.Sha256;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.TestDatabases.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The request desk on Derby and PostgreSQL: the closed loop with derived due dates, history, status and audit. */
class RequestDeskTest {
    private static final StaffSession ADMIN = new StaffSession("admin", "中心管理员", Set.of(Role.CENTRAL_ADMIN), null);

    @TempDir
    Path dir;
    private RequestRig rig;

    @AfterEach
    void close() {
        if (rig != null) {
            rig.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theWholeLoopFromRegistrationToArchiveWithDerivedDueDates(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        RequestDesk desk = rig.desk();
        String id = rig.filed(rig.person("张小三", "13800131234"));

        RequestSummary s = desk.register(RequestRig.OFFICER, id, "住建科", null);
        assertThat(s.state()).isEqualTo(RequestState.REGISTERED);
        assertThat(s.department()).isEqualTo("住建科");
        assertThat(s.dueDate()).isEqualTo("2026-03-30");

        rig.clock.setDay("2026-03-04");
        s = desk.startConsultation(RequestRig.OFFICER, id, "某某物业公司");
        assertThat(s.state()).isEqualTo(RequestState.CONSULTING_THIRD_PARTY);
        assertThat(s.dueDate()).as("the clock is stopped").isNull();

        rig.clock.setDay("2026-03-10");
        s = desk.endConsultation(RequestRig.OFFICER, id, null, "第三方不同意公开其联系方式");
        // 3/3(1) 3/4(2); stopped 3/5–3/10; 3/11 … 4/3 is the 20th counted working day
        assertThat(s.dueDate()).isEqualTo("2026-04-03");

        rig.clock.setDay("2026-03-12");
        assertThatThrownBy(() -> desk.extend(RequestRig.OFFICER, id, " ", "档案在外单位"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("批准人");
        s = desk.extend(RequestRig.OFFICER, id, "赵主任", "需调取外单位档案");
        // +20: 4/7 … 4/30 (4/4–4/6 清明), 5/1–5/5 劳动节, 5/6(39) 5/7(40)
        assertThat(s.dueDate()).isEqualTo("2026-05-07");
        assertThatThrownBy(() -> desk.extend(RequestRig.OFFICER, id, "赵主任", "再延"))
                .hasMessageContaining("已经延期过一次");

        rig.clock.setDay("2026-03-20");
        byte[] reply = "政府信息公开申请答复书".getBytes(StandardCharsets.UTF_8);
        s = desk.reply(RequestRig.OFFICER, id, ReplyType.PARTIALLY_DISCLOSED, null, reply, "已删除第三方联系方式");
        assertThat(s.state()).isEqualTo(RequestState.REPLIED);
        assertThat(s.dueDate()).isNull();
        assertThat(s.concludedOn()).isEqualTo("2026-03-20");
        assertThat(desk.replyDocument(RequestRig.OFFICER, Sha256.of(reply))).get()
                .satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(reply));

        rig.clock.setDay("2026-03-23");
        s = desk.archive(RequestRig.OFFICER, id);
        assertThat(s.state()).isEqualTo(RequestState.ARCHIVED);
        assertThatThrownBy(() -> desk.register(RequestRig.OFFICER, id, "住建科", null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("已归档");

        RequestDetail detail = desk.detail(RequestRig.OFFICER, id);
        assertThat(detail.history()).extracting(RequestEvent::type).containsExactly(RequestEventType.SUBMITTED,
                RequestEventType.REGISTERED, RequestEventType.THIRD_PARTY_CONSULTATION_STARTED,
                RequestEventType.THIRD_PARTY_CONSULTATION_ENDED, RequestEventType.EXTENDED, RequestEventType.REPLIED,
                RequestEventType.ARCHIVED);
        assertThat(detail.history()).extracting(RequestEvent::actor).containsOnly("kiosk:kiosk-hall-1", "officer1");
        assertThat(detail.history().get(4).approver()).isEqualTo("赵主任");
        assertThat(detail.history().get(5).documentSha256()).isEqualTo(Sha256.of(reply));
        assertThat(detail.allowed()).isEmpty();

        // every event reached the kiosks' status; the last says replied and how to collect
        List<RequestStatus> statuses = statuses(id);
        assertThat(statuses).hasSize(7);
        assertThat(statuses.getLast().state()).isEqualTo(RequestState.ARCHIVED);
        assertThat(statuses.getLast().replyType()).isEqualTo(ReplyType.PARTIALLY_DISCLOSED);
        assertThat(statuses.getLast().howToCollect()).contains("领取");
        assertThat(statuses).extracting(RequestStatus::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);

        // audit: every action, and reading the personal data
        assertThat(rig.dump("audit_log", "action_code")).contains("REQUEST_REGISTERED", "REQUEST_EXTENDED",
                "REQUEST_REPLIED", "REQUEST_ARCHIVED", "REQUEST_READ_PERSONAL_DATA");
        assertThat(rig.dump("audit_log", "detail")).contains("部分公开").contains("赵主任").doesNotContain("张小三");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCorrectionStopsTheClockAndRestartsItAndAMissedDeadlineWithdraws(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        RequestDesk desk = rig.desk();
        String a = rig.filed(rig.person("张小三", "13800131234"));
        String b = rig.filed(rig.person("李四", "13900001111"));
        desk.register(RequestRig.OFFICER, a, "民政科", null);
        desk.register(ADMIN, b, "民政科", null);

        assertThat(desk.detail(RequestRig.OFFICER, a).correctionNoticeDeadline())
                .isEqualTo(new cn.zwgk.core.calendar.CountedDate(LocalDate.parse("2026-03-11"), false));
        rig.clock.setDay("2026-03-03");
        RequestSummary s = desk.requestCorrection(RequestRig.OFFICER, a, LocalDate.parse("2026-03-17"), "请写明文件名称或文号");
        assertThat(s.state()).isEqualTo(RequestState.AWAITING_CORRECTION);
        assertThat(s.dueDate()).isNull();
        desk.requestCorrection(RequestRig.OFFICER, b, LocalDate.parse("2026-03-17"), "请写明文件名称或文号");

        rig.clock.setDay("2026-03-09");
        s = desk.correctionReceived(RequestRig.OFFICER, a, null, null);
        // restart from 3/9: 3/10 … 4/7 (4/4–4/6 清明)
        assertThat(s.dueDate()).isEqualTo("2026-04-07");
        assertThatThrownBy(() -> desk.requestCorrection(RequestRig.OFFICER, a, LocalDate.parse("2026-03-30"), "再补正"))
                .hasMessageContaining("补正只能告知一次");

        assertThatThrownBy(() -> desk.deemWithdrawn(RequestRig.OFFICER, b, null))
                .hasMessageContaining("补正期限（2026-03-17）尚未届满");
        rig.clock.setDay("2026-03-18");
        s = desk.deemWithdrawn(RequestRig.OFFICER, b, null);
        assertThat(s.state()).isEqualTo(RequestState.DEEMED_WITHDRAWN);
        assertThat(s.replyType()).isEqualTo(ReplyType.OTHER);
        assertThat(s.replyReason()).isEqualTo(ReplyReason.OVERDUE_CORRECTION);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void staffWithoutTheDeskRoleAreRefusedOnTheServerAndNothingIsWritten(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        RequestDesk desk = rig.desk();
        String id = rig.filed(rig.person("张小三", "13800131234"));
        long events = rig.count("request_event");
        long audit = rig.count("audit_log");

        assertThatThrownBy(() -> desk.list(RequestRig.HALL, RequestFilter.all()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("申请办理人员");
        assertThatThrownBy(() -> desk.detail(RequestRig.HALL, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.register(RequestRig.HALL, id, "住建科", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.reply(RequestRig.HALL, id, ReplyType.DISCLOSED, null, new byte[] {1}, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rig.server.requests().annualReport().table(RequestRig.HALL, 2026))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rig.server.requests().reminders().overdue(RequestRig.HALL))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(rig.count("request_event")).isEqualTo(events);
        assertThat(rig.count("audit_log")).isEqualTo(audit);
        assertThat(rig.desk().list(RequestRig.OFFICER, RequestFilter.all()).getFirst().state())
                .isEqualTo(RequestState.SUBMITTED);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anIllegalActionChangesNothing(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        String id = rig.filed(rig.person("张小三", "13800131234"));
        assertThatThrownBy(() -> rig.desk().reply(RequestRig.OFFICER, id, ReplyType.DISCLOSED, null, null, null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("请先登记");
        assertThat(rig.count("request_event")).isEqualTo(1);
        assertThat(statuses(id)).hasSize(1);
        assertThatThrownBy(() -> rig.desk().detail(RequestRig.OFFICER, "00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(RequestNotFoundException.class).hasMessageContaining("找不到申请");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void listsFilterByStateDepartmentAndDeadlineAndRemindersFindNearDueAndOverdue(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        RequestDesk desk = rig.desk();
        String early = rig.filed(rig.person("张小三", "13800131234"));     // received 3/2, due 3/30
        rig.clock.setDay("2026-03-09");
        String later = rig.filed(rig.person("李四", "13900001111"));       // received 3/9, due 4/7
        desk.register(RequestRig.OFFICER, later, "财政科", null);

        assertThat(desk.list(RequestRig.OFFICER, new RequestFilter(RequestState.REGISTERED, 0, false, null, 0)))
                .extracting(RequestSummary::id).containsExactly(later);
        assertThat(desk.list(RequestRig.OFFICER, new RequestFilter(null, 0, false, "财政科", 0)))
                .extracting(RequestSummary::id).containsExactly(later);
        assertThat(desk.list(RequestRig.OFFICER, RequestFilter.all())).extracting(RequestSummary::id)
                .containsExactly(early, later);

        rig.clock.setDay("2026-03-25");
        // 5 working days after 3/25 is 4/1: only the one due 3/30
        assertThat(desk.list(RequestRig.OFFICER, RequestFilter.dueWithin(5))).extracting(RequestSummary::id)
                .containsExactly(early);
        Reminders reminders = rig.server.requests().reminders();
        assertThat(reminders.nearDue(RequestRig.OFFICER)).extracting(RequestSummary::id).containsExactly(early);
        assertThat(reminders.overdue(RequestRig.OFFICER)).isEmpty();

        rig.clock.setDay("2026-03-31");
        assertThat(desk.list(RequestRig.OFFICER, RequestFilter.overdue())).extracting(RequestSummary::id)
                .containsExactly(early);
        ReminderSummary[] sent = new ReminderSummary[1];
        ReminderSummary summary = reminders.daily(s -> sent[0] = s);
        assertThat(sent[0]).isSameAs(summary);
        assertThat(summary.overdue()).extracting(RequestSummary::id).containsExactly(early);
        assertThat(summary.nearDue()).extracting(RequestSummary::id).containsExactly(later);
        assertThat(summary.text()).contains("已超期 1 件").contains("应于 2026-03-30 前答复").doesNotContain("张小三");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEditedCalendarMovesOpenDueDatesAtTheDailyRefresh(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        String id = rig.filed(rig.person("张小三", "13800131234"));
        // the office adds a (fictional) extra holiday on Fri 3/13 as version 2 of 2026
        var builtIn = cn.zwgk.core.calendar.CalendarBook.builtIn().year(2026);
        var holidays = new java.util.ArrayList<>(builtIn.holidays());
        holidays.add(LocalDate.parse("2026-03-13"));
        var edited = new cn.zwgk.core.calendar.WorkingCalendar(2026, holidays, builtIn.adjustedWorkdays(), 2);
        rig.server.importer().importDataset(new cn.zwgk.core.dataset.Dataset(List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(edited)));
        assertThat(rig.server.requests().reminders().refreshDueDates()).isEqualTo(1);
        assertThat(rig.desk().list(RequestRig.OFFICER, RequestFilter.all()).getFirst().dueDate()).isEqualTo("2026-03-31");
        assertThat(id).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aKioskOfAnotherCommunityInTheDistrictReceivesTheReplyInItsSignedPages(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        String id = rig.filed(rig.person("张小三", "13800131234"));
        rig.desk().register(RequestRig.OFFICER, id, "住建科", null);
        rig.desk().reply(RequestRig.OFFICER, id, ReplyType.DISCLOSED, null, null, null);

        var elsewhere = rig.enrol("kiosk-wenchang", "110199002001");
        RequestStatus last = null;
        long since = 0;
        for (int pages = 0; pages < 50; pages++) {
            var response = rig.send("GET", cn.zwgk.core.sync.SyncPaths.CHANGES + "?since=" + since + "&limit=500",
                    elsewhere.token(), "");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            new cn.zwgk.core.sync.PageVerifier(cn.zwgk.core.sync.SigningKeys.decodePublic(elsewhere.publicKey()))
                    .verify(response.body().getBytes(StandardCharsets.UTF_8),
                            response.headers().firstValue(cn.zwgk.core.sync.SyncPaths.HEADER_SIGNATURE).orElse(null));
            var page = SyncJson.read(response.body(), cn.zwgk.core.sync.ChangePage.class);
            for (var change : page.changes()) {
                if (change.type() == cn.zwgk.core.sync.RecordType.REQUEST_STATUS && change.id().equals(id)) {
                    last = SyncJson.convert(change.payload(), RequestStatus.class);
                }
            }
            since = page.until();
            if (!page.hasMore()) {
                break;
            }
        }
        assertThat(last).isNotNull();
        assertThat(last.state()).isEqualTo(RequestState.REPLIED);
        assertThat(last.replyType()).isEqualTo(ReplyType.DISCLOSED);
        assertThat(last.phoneMatches("1234")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDueDateInAYearWithoutACalendarIsProvisionalAndMovesWhenTheOfficeEntersThatYear(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        rig.clock.setDay("2026-12-20");
        String id = rig.filed(rig.person("张小三", "13800131234"));
        // 12/21(1) … 12/31(9); 2027 has no calendar: Mon–Fri, 1/1(10) … 1/15(20), marked 暂定 everywhere
        RequestSummary s = rig.desk().register(RequestRig.OFFICER, id, "住建科", null);
        assertThat(s.dueDate()).isEqualTo("2027-01-15");
        assertThat(s.dueProvisional()).isTrue();
        assertThat(s.dueText()).isEqualTo("2027-01-15（暂定）");
        assertThat(rig.desk().detail(RequestRig.OFFICER, id).correctionNoticeDeadline().text()).isEqualTo("2026-12-29");
        assertThat(statuses(id).getLast().dueProvisional()).isTrue();
        ReminderSummary summary = rig.server.requests().reminders().daily(null);
        assertThat(summary.missingCalendarYears()).containsExactly(2027);
        assertThat(summary.text()).contains("缺少 2027 年的工作日历").contains("暂定");

        // the State Council's 2027 arrangement is entered: New Year's Day off, so the date moves one working day
        var calendars = cn.zwgk.server.calendar.CalendarService.create(rig.server.database(), rig.clock,
                rig.server.requests()::calendarSaved);
        StaffSession admin = new StaffSession("admin", "中心管理员", Set.of(Role.CENTRAL_ADMIN), null);
        var saved = calendars.save(admin, 2027, List.of(LocalDate.parse("2027-01-01")), List.of());
        assertThat(saved.movedDueDates()).isEqualTo(1);

        RequestSummary after = rig.desk().list(RequestRig.OFFICER, RequestFilter.all()).getFirst();
        assertThat(after.dueDate()).isEqualTo("2027-01-18");
        assertThat(after.dueProvisional()).isFalse();
        RequestStatus toKiosks = statuses(id).getLast();
        assertThat(toKiosks.dueDate()).isEqualTo("2027-01-18");
        assertThat(toKiosks.dueProvisional()).isFalse();
        var messages = rig.server.requests().messages().unread(RequestRig.OFFICER);
        assertThat(messages).singleElement().extracting(StaffMessages.Message::body).asString()
                .contains("2027 年工作日历已录入").contains(after.trackingCode())
                .contains("2027-01-15（暂定） → 2027-01-18").doesNotContain("张小三");
        assertThat(rig.server.requests().messages().markRead(RequestRig.OFFICER, messages.getFirst().id())).isTrue();
        assertThat(rig.server.requests().messages().unread(RequestRig.OFFICER)).isEmpty();
        String audited = rig.server.database().inTransaction(c -> {
            try (var ps = c.prepareStatement("SELECT detail FROM audit_log WHERE action_code = 'CALENDAR_SAVED'");
                    var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        assertThat(audited).contains("1 件办理中申请的答复期限随之重新计算");
        assertThat(rig.server.requests().reminders().daily(null).missingCalendarYears()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void feesAndAnotherAgencyStopTheClockAnUnpaidFeeLapsesAndNoExtensionAfterTheDueDate(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        RequestDesk desk = rig.desk();
        String paid = rig.filed(rig.person("张小三", "13800131234"));
        String unpaid = rig.filed(rig.person("李四", "13900001111"));
        String late = rig.filed(rig.person("王五", "13700002222"));
        for (String id : List.of(paid, unpaid, late)) {
            desk.register(RequestRig.OFFICER, id, "民政科", null);
        }
        // received Mon 2026-03-02, due 3/30; on Wed 3/4 a fee notice (45 items this month: 20×100 + 10×200 + 5×300)
        rig.clock.setDay("2026-03-04");
        int fee = cn.zwgk.core.request.FeeSchedule.byItem(0, 45);
        RequestSummary waiting = desk.notifyFee(RequestRig.OFFICER, paid, fee, "按件计收 45 件");
        assertThat(waiting.state()).isEqualTo(RequestState.AWAITING_PAYMENT);
        assertThat(waiting.dueDate()).as("no due date while waiting for the payment").isNull();
        assertThat(desk.detail(RequestRig.OFFICER, paid).history().getLast().feeYuan()).isEqualTo(5500);
        assertThat(desk.detail(RequestRig.OFFICER, paid).history().getLast().deadline()).isEqualTo("2026-04-01");
        desk.notifyFee(RequestRig.OFFICER, unpaid, 100, "按量计收 40 页");
        rig.clock.setDay("2026-03-11");
        RequestSummary running = desk.feePaid(RequestRig.OFFICER, paid, null, null);
        // 3/5 … 3/11 (5 working days) not counted: 3/30 → 4/7 (4/6 is 清明)
        assertThat(running.dueDate()).isEqualTo("2026-04-07");
        assertThat(statuses(paid).getLast().dueDate()).isEqualTo("2026-04-07");

        // another agency, 3/12 → 3/13: one more working day not counted
        rig.clock.setDay("2026-03-12");
        desk.startAgencyConsultation(RequestRig.OFFICER, paid, "区住建局");
        assertThat(desk.endAgencyConsultation(RequestRig.OFFICER, paid, LocalDate.parse("2026-03-13"), "同意公开").dueDate())
                .isEqualTo("2026-04-08");

        // unpaid past 4/1: lapses, counted as 其他处理 / 逾期未缴费
        assertThatThrownBy(() -> desk.feeLapsed(RequestRig.OFFICER, unpaid, null)).hasMessageContaining("缴费期限（2026-04-01）尚未届满");
        rig.clock.setDay("2026-04-02");
        RequestSummary lapsed = desk.feeLapsed(RequestRig.OFFICER, unpaid, "未缴费");
        assertThat(lapsed.state()).isEqualTo(RequestState.LAPSED_UNPAID);
        assertThat(lapsed.replyReason()).isEqualTo(ReplyReason.OVERDUE_FEE);

        // the third request was due 3/30: on 4/2 an extension would hide the missed date; a late 补正 is marked
        assertThatThrownBy(() -> desk.extend(RequestRig.OFFICER, late, "王主任", "需要调取档案"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("答复期限 2026-03-30 已过");
        desk.requestCorrection(RequestRig.OFFICER, late, LocalDate.parse("2026-04-20"), "请写明文件名称");
        assertThat(desk.detail(RequestRig.OFFICER, late).history().getLast().note())
                .startsWith("【逾期告知：补正告知应于 2026-03-11 前发出】");
    }

    private List<RequestStatus> statuses(String id) {
        return rig.server.database().inTransaction(c -> {
            try (var ps = c.prepareStatement(
                    "SELECT payload FROM change_log WHERE record_type = 'REQUEST_STATUS' AND record_id = ? ORDER BY seq")) {
                ps.setString(1, id);
                List<RequestStatus> out = new java.util.ArrayList<>();
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(SyncJson.read(rs.getString(1), RequestStatus.class));
                    }
                }
                return out;
            }
        });
    }

}

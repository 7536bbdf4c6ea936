package cn.zwgk.server.request;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The desk's daily reminder: open requests due within {@link Reminders#NEAR_DUE_WORKING_DAYS} working days, and
 * those past due. Tracking codes and dates only, no personal data, so it can go to a log or an e-mail.
 */
public record ReminderSummary(LocalDate day, List<RequestSummary> nearDue, List<RequestSummary> overdue,
                              List<Integer> missingCalendarYears) {

    public ReminderSummary {
        missingCalendarYears = missingCalendarYears == null ? List.of() : List.copyOf(missingCalendarYears);
    }

    /** e.g. {@code 2026-03-20 依申请公开提醒：临近期限 2 件（…），已超期 1 件（…）}. */
    public String text() {
        return day + " 依申请公开提醒：临近答复期限（" + Reminders.NEAR_DUE_WORKING_DAYS + " 个工作日内）" + nearDue.size() + " 件"
                + codes(nearDue) + "，已超期 " + overdue.size() + " 件" + codes(overdue)
                + (missingCalendarYears.isEmpty() ? "" : "；缺少 " + missingCalendarYears.stream().map(String::valueOf)
                        .collect(Collectors.joining("、")) + " 年的工作日历，部分答复期限按周一至周五暂定，请中心尽快录入");
    }

    private static String codes(List<RequestSummary> list) {
        if (list.isEmpty()) {
            return "";
        }
        return list.stream().limit(20).map(r -> r.trackingCode() + " 应于 " + r.dueText() + " 前答复")
                .collect(Collectors.joining("；", "（", list.size() > 20 ? "；等）" : "）"));
    }
}

package cn.zwgk.server.request;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How due dates read on the desk's screens. */
final class RequestTexts {
    private RequestTexts() {
    }

    static String due(RequestSummary s, LocalDate today) {
        if (s.state().concluded()) {
            return s.concludedOn() == null ? "已办结" : "已办结 " + s.concludedOn();
        }
        if (s.dueDate() == null) {
            return switch (s.state()) {
                case AWAITING_CORRECTION -> "待补正（停止计时）";
                case CONSULTING_THIRD_PARTY -> "征求意见中（停止计时）";
                case CONSULTING_AGENCY -> "征求其他机关意见中（停止计时）";
                case AWAITING_PAYMENT -> "待缴费（停止计时）";
                default -> "—";
            };
        }
        long days = ChronoUnit.DAYS.between(today, s.dueDate());
        if (days < 0) {
            return s.dueText() + "（已超期 " + (-days) + " 天）";
        }
        return s.dueText() + (days == 0 ? "（今天到期）" : "（还有 " + days + " 天）");
    }

    /** A grid part name: overdue rows red, near-due rows amber. */
    static String urgency(RequestSummary s, LocalDate today) {
        if (s.state().concluded() || s.dueDate() == null) {
            return null;
        }
        if (s.dueDate().isBefore(today)) {
            return "request-overdue";
        }
        return !s.dueDate().isAfter(today.plusDays(7)) ? "request-near-due" : null;
    }

    static int compareDue(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }
}

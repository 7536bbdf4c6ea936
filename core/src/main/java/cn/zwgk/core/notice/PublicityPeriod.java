package cn.zwgk.core.notice;

import java.time.LocalDate;

/**
 * 公示期: the days (inclusive) during which a notice must be on display. An open end means "until
 * withdrawn" (e.g. a service guide).
 */
public record PublicityPeriod(LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    public boolean isOpenEnded() {
        return end == null;
    }
}

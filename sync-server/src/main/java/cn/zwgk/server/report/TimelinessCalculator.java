package cn.zwgk.server.report;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.CountedDate;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.DocumentMetadata;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the catalogue's published documents per department (发布机构, else 公开主体) and month of
 * publication, judging each against the 20th working day after its 成文日期 on the working-day calendar.
 */
public final class TimelinessCalculator {
    public static final int WORKING_DAYS = 20;

    private final CalendarBook calendars;

    public TimelinessCalculator(CalendarBook calendars) {
        this.calendars = calendars;
    }

    public TimelinessReport report(List<CatalogueItem> items, YearMonth from, YearMonth to) {
        Map<String, int[]> counts = new TreeMap<>();
        List<LatePublication> late = new ArrayList<>();
        for (CatalogueItem item : items) {
            DocumentMetadata d = item.document();
            if (d == null || d.publishedDate() == null) {
                continue;
            }
            YearMonth month = YearMonth.from(d.publishedDate());
            if (month.isBefore(from) || month.isAfter(to)) {
                continue;
            }
            String department = department(item);
            int[] c = counts.computeIfAbsent(month + "\u0000" + department, k -> new int[4]);
            c[0]++;
            CountedDate counted = due(d.writtenDate());
            LocalDate due = counted == null ? null : counted.date();
            if (due == null) {
                c[3]++;
            } else if (!d.publishedDate().isAfter(due)) {
                c[1]++;
            } else {
                c[2]++;
                late.add(new LatePublication(department, item.id(), item.name(), d.indexNo(), d.writtenDate(),
                        d.publishedDate(), due, counted.provisional() || calendars.isProvisional(due, d.publishedDate()),
                        calendars.workingDaysBetween(due, d.publishedDate())));
            }
        }
        List<DepartmentMonth> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] parts = key.split("\u0000", 2);
            rows.add(new DepartmentMonth(parts[1], YearMonth.parse(parts[0]), c[0], c[1], c[2], c[3]));
        });
        late.sort(Comparator.comparing(LatePublication::department).thenComparing(LatePublication::published));
        return new TimelinessReport(from, to, rows, late);
    }

    static String department(CatalogueItem item) {
        String publisher = item.document().publisher();
        return publisher == null || publisher.isBlank() ? item.responsibleBody() : publisher.strip();
    }

    /** The 20th working day after {@code formed} (provisional over a year without a calendar); null without a date. */
    CountedDate due(LocalDate formed) {
        return formed == null ? null : calendars.plusWorkingDaysCounted(formed, WORKING_DAYS);
    }
}

package cn.zwgk.core.calendar;

import cn.zwgk.core.sync.SyncJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The working-day calendars by year, and working-day arithmetic over them. A year whose official calendar (the
 * State Council's arrangement, entered by the central office) is not in the book is counted Monday to Friday,
 * and every date counted over it is <em>provisional</em> (暂定): shown as such until the office enters that
 * year, which moves it. No year's holidays are ever invented, and no deadline is ever left empty for want of
 * a calendar.
 */
public final class CalendarBook {
    /** The years shipped with the software (the State Council's arrangements), as JSON resources. */
    static final List<Integer> BUILT_IN_YEARS = List.of(2025, 2026);

    private final Map<Integer, WorkingCalendar> byYear;

    private CalendarBook(Map<Integer, WorkingCalendar> byYear) {
        this.byYear = Map.copyOf(byYear);
    }

    public static CalendarBook of(Collection<WorkingCalendar> calendars) {
        return new CalendarBook(newestByYear(new TreeMap<>(), calendars));
    }

    /** The built-in State Council arrangements (2025, 2026). */
    public static CalendarBook builtIn() {
        return of(BUILT_IN_YEARS.stream().map(CalendarBook::load).toList());
    }

    /** This book with {@code calendars} added; for a year in both, the higher version wins. */
    public CalendarBook with(Collection<WorkingCalendar> calendars) {
        return new CalendarBook(newestByYear(new TreeMap<>(byYear), calendars));
    }

    private static Map<Integer, WorkingCalendar> newestByYear(Map<Integer, WorkingCalendar> into,
            Collection<WorkingCalendar> calendars) {
        for (WorkingCalendar c : calendars) {
            into.merge(c.year(), c, (a, b) -> b.version() >= a.version() ? b : a);
        }
        return into;
    }

    /** The official calendar of {@code year}; {@link CalendarMissingException} if the office has not entered it. */
    public WorkingCalendar year(int year) {
        WorkingCalendar c = byYear.get(year);
        if (c == null) {
            throw new CalendarMissingException(year);
        }
        return c;
    }

    /** True when the official calendar of {@code year} is in the book. */
    public boolean isOfficial(int year) {
        return byYear.containsKey(year);
    }

    /** The years with an official calendar, oldest first. */
    public List<Integer> officialYears() {
        return byYear.keySet().stream().sorted().toList();
    }

    /**
     * True when a count running over the days after {@code from} up to and including {@code to} touches a year
     * without an official calendar: a date so counted is provisional.
     */
    public boolean isProvisional(LocalDate from, LocalDate to) {
        return !missingYears(from, to).isEmpty();
    }

    /** The years without an official calendar among those of the days after {@code from} up to {@code to}. */
    public List<Integer> missingYears(LocalDate from, LocalDate to) {
        int first = from.plusDays(1).getYear();
        return java.util.stream.IntStream.rangeClosed(first, Math.max(first, to.getYear()))
                .filter(y -> !isOfficial(y)).boxed().toList();
    }

    /** The n-th working day after {@code from}, and whether it is provisional. */
    public CountedDate plusWorkingDaysCounted(LocalDate from, int n) {
        LocalDate d = plusWorkingDays(from, n);
        return new CountedDate(d, isProvisional(from, d));
    }

    public List<WorkingCalendar> calendars() {
        return byYear.values().stream().sorted(java.util.Comparator.comparingInt(WorkingCalendar::year)).toList();
    }

    /** Per the official calendar of the day's year, or Monday to Friday where there is none (provisional). */
    public boolean isWorkingDay(LocalDate day) {
        WorkingCalendar c = byYear.get(day.getYear());
        return c != null ? c.isWorkingDay(day) : WorkingCalendar.isWeekday(day);
    }

    /** The {@code n}-th working day after {@code from} (from itself not counted); n ≥ 1. */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * Working days in ({@code from}, {@code to}]: how many working days from today until a due date (0 when
     * due today or past; negative counts are not given — use {@code to.isBefore(from)} for overdue).
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    static WorkingCalendar load(int year) {
        String name = "calendar-" + year + ".json";
        try (InputStream in = CalendarBook.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new CalendarMissingException(year);
            }
            WorkingCalendar c = SyncJson.read(in.readAllBytes(), WorkingCalendar.class);
            c.validate().throwIfAny("内置工作日历 " + name);
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

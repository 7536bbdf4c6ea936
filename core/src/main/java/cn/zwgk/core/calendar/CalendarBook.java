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
 * The working-day calendars by year, and working-day arithmetic over them. A date in a year that is not in
 * the book fails with {@link CalendarMissingException}: a deadline is never guessed from weekends alone.
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

    public WorkingCalendar year(int year) {
        WorkingCalendar c = byYear.get(year);
        if (c == null) {
            throw new CalendarMissingException(year);
        }
        return c;
    }

    public List<WorkingCalendar> calendars() {
        return byYear.values().stream().sorted(java.util.Comparator.comparingInt(WorkingCalendar::year)).toList();
    }

    public boolean isWorkingDay(LocalDate day) {
        return year(day.getYear()).isWorkingDay(day);
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

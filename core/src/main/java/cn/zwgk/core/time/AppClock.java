package cn.zwgk.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The clock both apps run on. Normally the system clock; with {@code -Dzwgk.clock=2027-03-01} (or an instant such as
 * {@code 2027-03-01T08:30:00+08:00}) a clock that starts at that moment and then ticks on, so that a demo or a test
 * run can be placed on any date — a year end, a holiday — without touching the machine's time. Receipt dates are
 * legal dates: on a real kiosk the property is never set, and {@code /health} shows the clock in use.
 */
public final class AppClock {
    /** The system property (and the apps' {@code --clock} option) naming the start date or instant. */
    public static final String PROPERTY = "zwgk.clock";
    /**
     * The day tests run on unless {@code -Dzwgk.clock} says otherwise: a Sunday before a year end whose 20 working
     * days reach into a year without an official calendar — the case that once broke the build on its own.
     */
    public static final String TEST_DAY = "2026-12-20";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalTime DATE_ONLY_AT = LocalTime.of(10, 0);

    private AppClock() {
    }

    /** The system clock, or the one {@code -Dzwgk.clock} names. */
    public static Clock fromSystemProperty() {
        return parse(System.getProperty(PROPERTY));
    }

    /** For tests: the clock {@code -Dzwgk.clock} names, else one starting on {@link #TEST_DAY}; never today. */
    public static Clock forTests() {
        String set = System.getProperty(PROPERTY);
        return parse(set == null || set.isBlank() ? TEST_DAY : set);
    }

    /** The day tests run on, China time. */
    public static LocalDate testDay() {
        return LocalDate.ofInstant(forTests().instant(), CHINA);
    }

    /** The JVM argument tests hand to the app processes they start, so that those run on the test day too. */
    public static String testJvmArgument() {
        return "-D" + PROPERTY + "=" + testValue();
    }

    /** The value tests hand to the processes they start ({@code -Dzwgk.clock=…}). */
    public static String testValue() {
        String set = System.getProperty(PROPERTY);
        return set == null || set.isBlank() ? TEST_DAY : set.strip();
    }

    /**
     * Blank or null: the system clock. {@code YYYY-MM-DD}: 10:00 China time that day. Otherwise an ISO offset
     * date-time or instant. The clock ticks on from there at the system clock's pace.
     */
    public static Clock parse(String value) {
        if (value == null || value.isBlank()) {
            return Clock.systemUTC();
        }
        Instant start = startOf(value.strip());
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
    }

    /** True when the clock is the system's own (within a second). */
    public static boolean isSystem(Clock clock) {
        return Math.abs(Duration.between(Instant.now(), clock.instant()).toMillis()) < 1000;
    }

    private static Instant startOf(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atTime(DATE_ONLY_AT).atZone(CHINA).toInstant();
            }
            return value.endsWith("Z") ? Instant.parse(value) : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + "=" + value
                    + " is neither a date (2027-03-01) nor an instant (2027-03-01T08:30:00+08:00)", e);
        }
    }
}

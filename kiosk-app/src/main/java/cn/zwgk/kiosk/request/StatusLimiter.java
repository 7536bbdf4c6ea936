package cn.zwgk.kiosk.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Paces status look-ups on one kiosk, so the last four phone digits cannot be guessed by trying: at most
 * {@code failuresPerCode} wrong answers per code in {@code codeWindow}, and {@code perMinute} look-ups of any
 * kind per minute. Kept in memory: a restart forgets it, which still leaves a guesser far too slow.
 */
final class StatusLimiter {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final int MAX_CODES_TRACKED = 10_000;

    private final Clock clock;
    private final int failuresPerCode;
    private final Duration codeWindow;
    private final int perMinute;
    private final Deque<Instant> recent = new ArrayDeque<>();
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    StatusLimiter(Clock clock, int failuresPerCode, Duration codeWindow, int perMinute) {
        this.clock = clock;
        this.failuresPerCode = failuresPerCode;
        this.codeWindow = codeWindow;
        this.perMinute = perMinute;
    }

    /** Counts one look-up; the wait before the next one is allowed, if this one is over the pace. */
    synchronized Optional<Duration> admitLookup() {
        Instant now = clock.instant();
        drop(recent, now.minus(MINUTE));
        if (recent.size() >= perMinute) {
            return Optional.of(Duration.between(now, recent.peekFirst().plus(MINUTE)));
        }
        recent.addLast(now);
        return Optional.empty();
    }

    /** The wait before {@code code} may be tried again, if it had too many wrong answers. */
    synchronized Optional<Duration> blockedFor(String code) {
        Instant now = clock.instant();
        Deque<Instant> wrong = failures.get(code);
        if (wrong == null) {
            return Optional.empty();
        }
        drop(wrong, now.minus(codeWindow));
        if (wrong.size() < failuresPerCode) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, wrong.peekFirst().plus(codeWindow)));
    }

    synchronized void recordFailure(String code) {
        if (failures.size() >= MAX_CODES_TRACKED) {
            forgetExpired();
        }
        failures.computeIfAbsent(code, k -> new ArrayDeque<>()).addLast(clock.instant());
    }

    private void forgetExpired() {
        Instant horizon = clock.instant().minus(codeWindow);
        for (Iterator<Deque<Instant>> it = failures.values().iterator(); it.hasNext();) {
            Deque<Instant> wrong = it.next();
            drop(wrong, horizon);
            if (wrong.isEmpty()) {
                it.remove();
            }
        }
    }

    private static void drop(Deque<Instant> times, Instant before) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(before)) {
            times.removeFirst();
        }
    }
}

package cn.zwgk.core.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When repeated failed logins lock an account. Kept as a pure rule; the server and the kiosk each store the
 * failure count where their logins live.
 */
public record LockoutPolicy(int maxFailures, Duration lockFor) {

    public static LockoutPolicy standard() {
        return new LockoutPolicy(5, Duration.ofMinutes(15));
    }

    /** Until when the account is locked after {@code consecutiveFailures}, the last at {@code lastFailure}. */
    public Optional<Instant> lockedUntil(int consecutiveFailures, Instant lastFailure) {
        if (consecutiveFailures < maxFailures || lastFailure == null) {
            return Optional.empty();
        }
        return Optional.of(lastFailure.plus(lockFor));
    }

    public boolean isLocked(int consecutiveFailures, Instant lastFailure, Instant now) {
        return lockedUntil(consecutiveFailures, lastFailure).map(now::isBefore).orElse(false);
    }
}

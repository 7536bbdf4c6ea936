package cn.zwgk.kiosk.request;

import java.time.Duration;
import java.util.function.Function;

/**
 * Settings of the kiosk's request desk, resolved once (system property, else environment, else default).
 *
 * @param retention          how long personal data stays on the kiosk after the server acknowledged it
 *                           ({@code zwgk.request.retention} / {@code ZWGK_REQUEST_RETENTION}, default P7D)
 * @param clockDoubt         clock drift beyond which a request is marked clockDoubt (the receipt date may
 *                           be wrong): the kiosk's one clock threshold ({@code ZWGK_CLOCK_THRESHOLD}, see
 *                           {@code ClockCheck}), so staff warnings and request marks agree
 * @param failuresPerCode    failed status look-ups allowed per code in {@code codeWindow} (default 5)
 * @param codeWindow         default PT15M
 * @param lookupsPerMinute   status look-ups per minute on this kiosk, whatever the code (default 20)
 */
public record RequestSettings(Duration retention, Duration clockDoubt, int failuresPerCode, Duration codeWindow,
        int lookupsPerMinute) {

    public static final RequestSettings DEFAULTS = new RequestSettings(Duration.ofDays(7), Duration.ofMinutes(5), 5,
            Duration.ofMinutes(15), 20);

    public RequestSettings {
        if (retention.isNegative() || clockDoubt.isNegative() || failuresPerCode < 1 || lookupsPerMinute < 1) {
            throw new IllegalArgumentException("request settings out of range");
        }
    }

    /** From system properties and the environment, with the defaults above and the kiosk's clock threshold. */
    public static RequestSettings resolve(Duration clockThreshold) {
        return resolve(System::getProperty, System::getenv, clockThreshold);
    }

    static RequestSettings resolve(Function<String, String> properties, Function<String, String> environment,
            Duration clockThreshold) {
        return new RequestSettings(
                duration(properties, environment, "zwgk.request.retention", "ZWGK_REQUEST_RETENTION", DEFAULTS.retention),
                clockThreshold, DEFAULTS.failuresPerCode, DEFAULTS.codeWindow, DEFAULTS.lookupsPerMinute);
    }

    private static Duration duration(Function<String, String> properties, Function<String, String> environment,
            String property, String variable, Duration fallback) {
        String value = properties.apply(property);
        if (value == null || value.isBlank()) {
            value = environment.apply(variable);
        }
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Duration.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(property + " / " + variable + " must be an ISO-8601 duration such as P7D, was "
                    + value, e);
        }
    }
}

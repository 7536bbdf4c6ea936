package cn.zwgk.core.health;

import java.util.Locale;

/**
 * The verdict of one check or of a whole {@code /health} answer. {@code WARN}: somebody should look (low disk,
 * old last sync, clock drift) but restarting does not help; {@code FAIL}: the app cannot do its work (the
 * database does not answer), answered with HTTP 503 so that the monitor restarts it.
 */
public enum HealthStatus {
    OK, WARN, FAIL;

    /** As written in the JSON: {@code ok}, {@code warn}, {@code fail}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public HealthStatus worse(HealthStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}

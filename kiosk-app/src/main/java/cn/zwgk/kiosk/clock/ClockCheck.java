package cn.zwgk.kiosk.clock;

import cn.zwgk.core.store.Database;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.commons.net.ntp.NTPUDPClient;
import org.apache.commons.net.ntp.TimeInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks this kiosk's clock against the configured NTP server (Commons Net {@link NTPUDPClient}) and
 * keeps the result in the store. Request receipt dates and publicity periods are legal dates, so a drift
 * above the threshold is shown to staff, reported to the central office and offered to whoever takes a
 * date ({@link #lastKnownDrift()}). An NTP server that does not answer changes nothing else: the kiosk
 * keeps working, the failure is recorded and shown, and the drift measured on sync pages still counts.
 */
public final class ClockCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ClockCheck.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Database database;
    private final String ntpServer;
    private final Duration threshold;
    private final Duration every;
    private final Clock clock;
    private final ClockStore store = new ClockStore();
    private volatile Instant lastAttempt;

    /** @param ntpServer {@code host} or {@code host:port}; null when none is configured */
    public ClockCheck(Database database, String ntpServer, Duration threshold, Duration every, Clock clock) {
        this.database = database;
        this.ntpServer = ntpServer;
        this.threshold = threshold;
        this.every = every;
        this.clock = clock;
    }

    /** The configured NTP server, or null. */
    public String ntpServer() {
        return ntpServer;
    }

    public Duration threshold() {
        return threshold;
    }

    /** Runs {@link #check()} when none ran within the interval (called from the sync thread's tick). */
    public void checkIfDue() {
        Instant last = lastAttempt;
        if (ntpServer != null && (last == null || !last.plus(every).isAfter(clock.instant()))) {
            check();
        }
    }

    /**
     * Asks the NTP server once (3 s timeout) and stores the drift; on no answer stores the failure and
     * returns empty. Never throws.
     */
    public Optional<Long> check() {
        lastAttempt = clock.instant();
        if (ntpServer == null) {
            return Optional.empty();
        }
        String host = ntpServer;
        int port = org.apache.commons.net.ntp.NtpV3Packet.NTP_PORT;
        int colon = ntpServer.lastIndexOf(':');
        if (colon > 0 && ntpServer.indexOf(':') == colon) {
            host = ntpServer.substring(0, colon);
            port = Integer.parseInt(ntpServer.substring(colon + 1));
        }
        NTPUDPClient client = new NTPUDPClient();
        client.setDefaultTimeout(TIMEOUT);
        try {
            client.open();
            TimeInfo info = client.getTime(InetAddress.getByName(host), port);
            info.computeDetails();
            Long offset = info.getOffset(); // reference minus local
            if (offset == null) {
                throw new IOException("NTP answer without a usable time");
            }
            long drift = -offset;
            database.useTransaction(c -> store.ntpOk(c, drift, clock.instant()));
            LOG.info("clock checked against NTP {}: drift {} ms", ntpServer, drift);
            return Optional.of(drift);
        } catch (IOException | RuntimeException e) {
            String at = WHEN.format(clock.instant().atZone(ZoneId.of("Asia/Shanghai")));
            String message = "时间服务器 " + ntpServer + " 没有应答（" + at + "，" + e.getClass().getSimpleName()
                    + "）。本机照常工作，时钟改以与中心同步时测得的偏差为准。";
            LOG.warn("NTP {} did not answer: {}", ntpServer, e.toString());
            try {
                database.useTransaction(c -> store.ntpFailed(c, message));
            } catch (RuntimeException storeFailure) {
                LOG.warn("could not record the NTP failure: {}", storeFailure.getMessage());
            }
            return Optional.empty();
        } finally {
            client.close();
        }
    }

    /**
     * The best known drift: the NTP measurement when there is one newer than the last sync's, else the drift
     * measured on the last sync page; empty when the clock was never compared with anything. For the request
     * desk: a request taken while {@link ClockReading#doubtful()} (or with no reading) has a doubtful date.
     */
    public Optional<ClockReading> lastKnownDrift() {
        ClockStore.Facts f = database.inTransaction(store::read);
        boolean ntpUsable = f.ntpDriftMillis() != null
                && (f.syncDriftMillis() == null || f.syncAt() == null || !f.ntpCheckedAt().isBefore(f.syncAt()));
        if (ntpUsable) {
            return Optional.of(reading(f.ntpDriftMillis(), f.ntpCheckedAt(), ClockReading.Source.NTP));
        }
        if (f.syncDriftMillis() != null) {
            return Optional.of(reading(f.syncDriftMillis(), f.syncAt(), ClockReading.Source.SYNC));
        }
        return f.ntpDriftMillis() == null ? Optional.empty()
                : Optional.of(reading(f.ntpDriftMillis(), f.ntpCheckedAt(), ClockReading.Source.NTP));
    }

    /** The last NTP failure in plain Chinese, null when the last check succeeded or none ran. */
    public String lastNtpProblem() {
        return database.inTransaction(store::read).ntpError();
    }

    private ClockReading reading(long drift, Instant at, ClockReading.Source source) {
        return new ClockReading(drift, at, source, Math.abs(drift) > threshold.toMillis());
    }
}

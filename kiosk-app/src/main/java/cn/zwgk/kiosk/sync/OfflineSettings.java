package cn.zwgk.kiosk.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Settings of offline sync on the kiosk, resolved once (system property, else environment, else default).
 *
 * @param otherServers    further nodes of the central service, tried in order when the enrolled one cannot be
 *                        reached ({@code zwgk.servers} / {@code ZWGK_SERVER_URLS}, comma-separated; default none)
 * @param ntpServer       {@code host} or {@code host:port} of the NTP server the kiosk checks its clock against
 *                        ({@code zwgk.ntp.server} / {@code ZWGK_NTP_SERVER}; default none: the clock is then
 *                        only compared with the sync server's answers)
 * @param driftThreshold  clock drift above which staff are warned ({@code zwgk.clock.threshold} /
 *                        {@code ZWGK_CLOCK_THRESHOLD}, default PT1M)
 * @param clockCheckEvery how often the NTP check runs (default PT1H)
 * @param usbDir          where staff's USB stick appears, offered on the staff screen ({@code zwgk.usb.dir} /
 *                        {@code ZWGK_USB_DIR}, default /media/usb)
 */
public record OfflineSettings(List<URI> otherServers, String ntpServer, Duration driftThreshold,
        Duration clockCheckEvery, Path usbDir) {

    public static final OfflineSettings DEFAULTS = new OfflineSettings(List.of(), null, Duration.ofMinutes(1),
            Duration.ofHours(1), Path.of("/media/usb"));

    public OfflineSettings {
        otherServers = otherServers == null ? List.of() : List.copyOf(otherServers);
        ntpServer = ntpServer == null || ntpServer.isBlank() ? null : ntpServer.strip();
    }

    public OfflineSettings withOtherServers(List<URI> servers) {
        return new OfflineSettings(servers, ntpServer, driftThreshold, clockCheckEvery, usbDir);
    }

    public OfflineSettings withNtpServer(String server) {
        return new OfflineSettings(otherServers, server, driftThreshold, clockCheckEvery, usbDir);
    }

    public static OfflineSettings resolve() {
        return resolve(System::getProperty, System::getenv);
    }

    static OfflineSettings resolve(Function<String, String> properties, Function<String, String> environment) {
        String servers = value(properties, environment, "zwgk.servers", "ZWGK_SERVER_URLS");
        String threshold = value(properties, environment, "zwgk.clock.threshold", "ZWGK_CLOCK_THRESHOLD");
        String usb = value(properties, environment, "zwgk.usb.dir", "ZWGK_USB_DIR");
        try {
            return new OfflineSettings(
                    servers == null ? List.of() : Arrays.stream(servers.split(",")).map(String::strip)
                            .filter(x -> !x.isEmpty()).map(URI::create).toList(),
                    value(properties, environment, "zwgk.ntp.server", "ZWGK_NTP_SERVER"),
                    threshold == null ? DEFAULTS.driftThreshold : Duration.parse(threshold),
                    DEFAULTS.clockCheckEvery,
                    usb == null ? DEFAULTS.usbDir : Path.of(usb));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("offline sync settings (ZWGK_SERVER_URLS, ZWGK_CLOCK_THRESHOLD): "
                    + e.getMessage(), e);
        }
    }

    private static String value(Function<String, String> properties, Function<String, String> environment,
            String property, String variable) {
        String v = properties.apply(property);
        if (v == null || v.isBlank()) {
            v = environment.apply(variable);
        }
        return v == null || v.isBlank() ? null : v.strip();
    }
}

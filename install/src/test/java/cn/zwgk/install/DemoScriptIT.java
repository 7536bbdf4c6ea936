package cn.zwgk.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * install/demo.sh --fresh as a newcomer runs it (in CI from a clean clone, the jars already built by the
 * reactor): a real sync-server and kiosk on free loopback ports, the demo data imported, the kiosk enrolled
 * and synced; then stopped by SIGTERM to the script's process group, after which both ports are free.
 */
class DemoScriptIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Process demo;
    private long group;

    @Test
    void theDemoStartsSyncsAndStopsCleanly() throws Exception {
        Path root = Checkout.root();
        assertThat(root.resolve("sync-server/target/sync-server-all.jar")).as("build the jars first: ./mvnw package")
                .exists();
        assertThat(root.resolve("kiosk-app/target/kiosk-app-all.jar")).as("build the jars first: ./mvnw package")
                .exists();
        int serverPort = freeTcpPort();
        int kioskPort = freeTcpPort();
        Path data = root.resolve("install/target/demo-it");
        Path log = Files.createDirectories(root.resolve("install/target")).resolve("demo-it.log");

        // setsid: the script leads its own process group, so one signal reaches it and its two JVMs
        ProcessBuilder builder = new ProcessBuilder("setsid", "install/demo.sh", "--fresh").directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ZWGK_DEMO_DATA", data.toString());
        builder.environment().put("ZWGK_SERVER_PORT", String.valueOf(serverPort));
        builder.environment().put("ZWGK_KIOSK_PORT", String.valueOf(kioskPort));
        builder.environment().put("ZWGK_NTP_PORT", String.valueOf(freeUdpPort()));
        demo = builder.start();
        group = demo.pid();

        String server = "http://127.0.0.1:" + serverPort;
        String kiosk = "http://127.0.0.1:" + kioskPort;
        awaitAnswer(server + "/health", body -> body.contains("\"status\""), Duration.ofMinutes(3), log);
        String synced = awaitAnswer(kiosk + "/health", body -> body.contains("\"lastSuccessAt\":\""),
                Duration.ofMinutes(4), log);
        java.util.regex.Matcher checkpoint = java.util.regex.Pattern.compile("\"checkpoint\"\\s*:\\s*(\\d+)")
                .matcher(synced);
        assertThat(checkpoint.find()).as("kiosk /health names its checkpoint: %s", synced).isTrue();
        assertThat(Long.parseLong(checkpoint.group(1))).as("changes applied by the first sync").isPositive();

        HttpResponse<String> home = get(kiosk + "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("contextmenu");
        HttpResponse<String> status = get(server + "/");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("demo-kiosk-1");

        stop();
        assertThat(demo.exitValue()).as("demo.sh exit after SIGTERM; log %s", log).isIn(0, 143);
        assertThat(Files.readString(log)).contains("demo: stopped.");
        assertThat(listening(serverPort)).as("server port %d free again", serverPort).isFalse();
        assertThat(listening(kioskPort)).as("kiosk port %d free again", kioskPort).isFalse();
    }

    @AfterEach
    void stopIfStillRunning() throws Exception {
        if (demo != null && demo.isAlive()) {
            stop();
        }
    }

    private void stop() throws Exception {
        new ProcessBuilder("kill", "-TERM", "--", "-" + group).inheritIO().start().waitFor();
        if (!demo.waitFor(90, TimeUnit.SECONDS)) {
            new ProcessBuilder("kill", "-KILL", "--", "-" + group).inheritIO().start().waitFor();
            demo.waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("demo.sh did not stop within 90 s of SIGTERM");
        }
    }

    private String awaitAnswer(String url, Predicate<String> ready, Duration within, Path log) throws Exception {
        Instant deadline = Instant.now().plus(within);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!demo.isAlive()) {
                throw new AssertionError("demo.sh ended (exit " + demo.exitValue() + ") before " + url
                        + " was ready:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = get(url);
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200 && ready.test(response.body())) {
                    return response.body();
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(url + " not ready within " + within + " (last: " + last + "); log:\n"
                + Files.readString(log));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freeTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

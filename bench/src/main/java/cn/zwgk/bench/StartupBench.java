package cn.zwgk.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Cold start of each packaged app as a child process (fresh data dir each time) to its first HTTP 200
 * with the right content, and the resident set size a few seconds after. Median of {@value #RUNS}.
 */
final class StartupBench implements BenchMain.Suite {
    private static final int RUNS = 3;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public void run() throws Exception {
        Path root = Path.of(System.getProperty("zwgk.root", "."));
        Path serverJar = root.resolve("sync-server/target/sync-server-all.jar");
        Path kioskJar = root.resolve("kiosk-app/target/kiosk-app-all.jar");
        List<Double> server = new ArrayList<>();
        List<Double> kiosk = new ArrayList<>();
        List<Double> serverRss = new ArrayList<>();
        List<Double> kioskRss = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            double[] s = measure(List.of("-Xmx256m", "-jar", serverJar.toString(), "serve"), "/health",
                    body -> body.contains("\"status\":\"ok\""));
            server.add(s[0]);
            serverRss.add(s[1]);
            // The kiosk starts with no server to talk to: its start must not depend on one.
            // Same JVM options as install/demo.sh gives the kiosk (a small box: serial GC, small heap).
            double[] k = measure(List.of("-Xmx192m", "-XX:+UseSerialGC", "-jar", kioskJar.toString(), "--server",
                    "http://127.0.0.1:9"), "/",
                    body -> body.contains("window.Vaadin"));
            kiosk.add(k[0]);
            kioskRss.add(k[1]);
        }
        BenchMain.report("startup.server_seconds", BenchMain.median(server), "s");
        BenchMain.report("startup.server_rss_mb", BenchMain.median(serverRss), "MB");
        BenchMain.report("startup.kiosk_seconds", BenchMain.median(kiosk), "s");
        BenchMain.report("startup.kiosk_rss_mb", BenchMain.median(kioskRss), "MB");
    }

    /** Returns {seconds to first good 200, RSS in MB 3 s later}. */
    private static double[] measure(List<String> args, String path, Predicate<String> good) throws Exception {
        int port = freePort();
        Path data = Files.createTempDirectory("bench-startup");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(args);
        command.addAll(List.of("--port", String.valueOf(port), "--data", data.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("out.log").toFile()).start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + port + path);
            long deadline = start + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("did not start: " + Files.readString(data.resolve("out.log")));
                }
                try {
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && good.test(r.body())) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(25);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(3000);
            return new double[] {seconds, rssMb(process.pid())};
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

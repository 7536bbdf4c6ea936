package cn.zwgk.install;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A packaged launcher ({@code /opt/<pkg>/bin/<pkg>} in an extracted package) running as a real process. */
final class DebLauncher implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;

    private DebLauncher(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code launcher args…} with an environment free of JAVA_HOME, so only the bundled runtime can run it. */
    static DebLauncher start(Path launcher, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(log.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("JAVA") || k.startsWith("ZWGK_") || k.startsWith("_JAVA"));
        builder.environment().put("PATH", "/usr/bin:/bin");
        return new DebLauncher(builder.start(), log);
    }

    /** GET {@code url} until it answers at all (any status), at most {@code within}. */
    HttpResponse<String> awaitAnswer(String url, Duration within) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(within);
        String last = "no attempt";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the launcher exited with " + process.exitValue() + "; log:\n" + log());
            }
            try {
                return get(url);
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(url + " did not answer within " + within + " (" + last + "); log:\n" + log());
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** SIGTERM (the apps close Derby in their shutdown hook), then SIGKILL if it does not end in time. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}

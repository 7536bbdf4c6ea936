package cn.zwgk.core.backup;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import tools.jackson.databind.JsonNode;

/** The command line's side of {@link AdminEndpoint}: asks the running application to back up now. */
public final class AdminClient {

    private AdminClient() {
    }

    /**
     * Asks the application whose token is in {@code runDir} to back up into {@code root} keeping {@code keep}.
     * Empty when no application runs there (no token file, or nothing listens on its port any more).
     */
    public static Optional<Path> requestBackup(Path runDir, Path root, int keep) {
        Path file = runDir.resolve(AdminEndpoint.TOKEN_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties token = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            token.load(in);
        } catch (IOException e) {
            throw new BackupException("无法读取管理令牌 " + file + "（请用运行本程序的系统用户或 root 执行）\nCannot read "
                    + file + " (run as the application's user or root): " + e.getMessage(), e);
        }
        URI uri = URI.create("http://127.0.0.1:" + token.getProperty("port", "0").strip() + "/backup?to="
                + URLEncoder.encode(root.toAbsolutePath().toString(), StandardCharsets.UTF_8) + "&keep=" + keep);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofHours(2))
                .header(AdminEndpoint.TOKEN_HEADER, token.getProperty("token", "").strip())
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = cn.zwgk.core.sync.SyncJson.mapper().readTree(response.body());
            if (response.statusCode() != 200) {
                throw new BackupException(body.path("error").asString("HTTP " + response.statusCode()));
            }
            return Optional.of(Path.of(body.path("folder").asString()));
        } catch (ConnectException e) {
            return Optional.empty(); // a token left behind by an application that did not stop cleanly
        } catch (IOException e) {
            throw new BackupException("无法联系运行中的程序：" + e.getMessage() + "\nCannot reach the running application: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException("interrupted", e);
        }
    }
}

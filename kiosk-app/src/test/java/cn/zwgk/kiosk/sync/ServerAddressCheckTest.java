package cn.zwgk.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Issue 17 item 3: a kiosk refuses plain HTTP to another host unless the operator says --insecure. */
class ServerAddressCheckTest {
    @Test
    void httpsAlwaysHttpOnlyToThisMachineOrWithInsecure() {
        assertThat(ServerAddressCheck.refusal(URI.create("https://zwgk.example.gov.cn"), false)).isEmpty();
        assertThat(ServerAddressCheck.refusal(URI.create("http://127.0.0.1:8080"), false)).isEmpty();
        assertThat(ServerAddressCheck.refusal(URI.create("http://localhost:8080"), false)).isEmpty();
        assertThat(ServerAddressCheck.refusal(URI.create("http://[::1]:8080"), false)).isEmpty();
        assertThat(ServerAddressCheck.refusal(URI.create("http://10.1.2.3:8080"), false)).get().asString()
                .contains("拒绝用明文 http:// 连接 10.1.2.3").contains("--insecure");
        assertThat(ServerAddressCheck.refusal(URI.create("http://10.1.2.3:8080"), true)).isEmpty();
        assertThat(ServerAddressCheck.refusal(URI.create("ftp://10.1.2.3"), false)).get().asString().contains("https://");
    }

    @Test
    void theKioskCommandStopsBeforeTouchingAnythingWhenTheAddressIsRefused() {
        var err = new java.io.ByteArrayOutputStream();
        var old = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            int code = new picocli.CommandLine(new cn.zwgk.kiosk.KioskMain()).execute("--sync-once", "--data",
                    "target/never-created-" + System.nanoTime(), "--server", "http://10.1.2.3:8080");
            assertThat(code).isEqualTo(2);
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("拒绝用明文 http://");
    }
}

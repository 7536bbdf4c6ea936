package cn.zwgk.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.sync.Sha256;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 item 6 on the server's upload path: an enrolled kiosk sends a PNG declaring 20000×20000 pixels. */
class ImageBombUploadTest {
    @TempDir
    Path dir;
    SyncServer server;
    KioskHttp kiosk;

    @BeforeEach
    void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir),
                Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));
        server.importer().importDataset(new DemoDataGenerator(6).generate(10));
        server.start();
        kiosk = KioskHttp.enrolled(server, "110199001001", "hall-kiosk");
    }

    @AfterEach
    void stop() {
        kiosk.close();
        server.close();
    }

    @Test
    void aPngDeclaring20000By20000PixelsIsRefusedWith422AndNotStored() throws Exception {
        byte[] bomb = pngHeader(20_000, 20_000);
        String sha = Sha256.of(bomb);

        HttpResponse<String> r = kiosk.putAttachment(sha, bomb);

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("图片尺寸过大（20000×20000 像素）");
        assertThat(SyncServer.attachments(ServerConfig.embedded("127.0.0.1", 0, dir)).has(sha)).isFalse();
    }

    /** Signature, IHDR for an 8-bit RGBA image of that size (4 bytes a pixel when decoded), IEND: 57 bytes. */
    static byte[] pngHeader(int width, int height) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 6, 0, 0, 0});
        chunk(png, "IHDR", ihdr.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        DataOutputStream d = new DataOutputStream(out);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}

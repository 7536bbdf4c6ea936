package cn.zwgk.board.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 6, the attack: a PNG of a few kilobytes that declares 20000×20000 pixels. Decoded whole it
 * costs 50 MB (1 bit per pixel) to gigabytes (colour); the check must refuse it from its header.
 */
class ImageBombTest {

    @Test
    void aSmallPngDeclaring20000By20000PixelsIsRefusedFromItsHeader() throws IOException {
        byte[] bomb = blackPng(20_000, 20_000);
        assertThat(bomb.length).as("small enough to pass the byte limit").isLessThan((int) ImageCheck.DEFAULT_MAX_BYTES);

        assertThat(ImageCheck.problem(bomb, ImageCheck.DEFAULT_MAX_BYTES))
                .contains("图片尺寸过大（20000×20000 像素），上限为 16 百万像素、每边不超过 10000 像素，请缩小后再上传");
    }

    @Test
    void aLongThinStripIsRefusedByItsSideEvenUnderThePixelCap() throws IOException {
        assertThat(ImageCheck.problem(blackPng(12_000, 10, 0), ImageCheck.DEFAULT_MAX_BYTES))
                .hasValueSatisfying(m -> assertThat(m).startsWith("图片尺寸过大（12000×10 像素）"));
    }

    @Test
    void aDeclaredSizeWithoutThePixelsIsRefusedWithoutDecoding() throws IOException {
        // only the header: a full decode would allocate the raster first, then fail
        byte[] header = blackPng(20_000, 20_000, 0);
        assertThat(ImageCheck.problem(header, ImageCheck.DEFAULT_MAX_BYTES)).hasValueSatisfying(m -> assertThat(m).startsWith("图片尺寸过大"));
    }

    @Test
    void aPhotoSizedImageWithinTheCapIsStillAcceptedAndCheckedWhole() throws IOException {
        assertThat(ImageCheck.problem(blackPng(4000, 3000), ImageCheck.DEFAULT_MAX_BYTES)).isEmpty();
        byte[] whole = blackPng(4000, 3000);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 40);
        assertThat(ImageCheck.problem(cut, ImageCheck.DEFAULT_MAX_BYTES)).contains("图片已损坏，无法读取");
    }

    @Test
    void theProvingDecodeIsSubsampledToAboutAMegapixel() {
        var param = ImageCheck.subsampled(new javax.imageio.ImageReadParam(), 4096, 4096);
        assertThat(param.getSourceXSubsampling()).isEqualTo(4);
        assertThat(ImageCheck.subsampled(new javax.imageio.ImageReadParam(), 800, 600).getSourceXSubsampling()).isEqualTo(1);
    }

    /** A 1-bit greyscale PNG, all black, with every row present (compresses to almost nothing). */
    static byte[] blackPng(int width, int height) throws IOException {
        return blackPng(width, height, height);
    }

    static byte[] blackPng(int width, int height, int rowsWritten) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(1); // bit depth
        h.writeByte(0); // greyscale
        h.writeByte(0);
        h.writeByte(0);
        h.writeByte(0);
        chunk(png, "IHDR", ihdr.toByteArray());
        if (rowsWritten > 0) {
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            byte[] row = new byte[1 + (width + 7) / 8]; // filter byte 0, then the bits
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat)) {
                for (int y = 0; y < rowsWritten; y++) {
                    z.write(row);
                }
            }
            chunk(png, "IDAT", idat.toByteArray());
        }
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}

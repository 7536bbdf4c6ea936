package cn.zwgk.board.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Accepts an image attachment only if its bytes really are a JPEG, PNG or GIF image (the file name is not
 * trusted), it is no larger than the limit in bytes and it declares no more than {@link #MAX_PIXELS} pixels.
 * Returns the reason in Chinese, naming the limit.
 *
 * <p>Image bombs: a PNG of a few hundred kilobytes can declare 20000×20000 pixels, which a full decode turns
 * into gigabytes of memory. The dimensions are read from the header first (no pixel is decoded for that), and
 * the check decodes the image only subsampled to at most about {@link #CHECK_PIXELS} pixels: every byte is
 * still read (a damaged file is still caught), but the memory stays small on a 192 MB kiosk.
 */
public final class ImageCheck {
    /** Default limit for a notice image: 2 MiB (a phone photo resized for a board). */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    /** At most 16 megapixels (4096×4096; a 12-megapixel phone photo fits), and no side above 10000 pixels. */
    public static final long MAX_PIXELS = 4096L * 4096L;
    static final int MAX_SIDE = 10_000;
    /** The decode that proves the file whole is subsampled to about this many pixels. */
    static final long CHECK_PIXELS = 1024L * 1024L;
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif");

    private ImageCheck() {
    }

    /** Empty if acceptable, else what is wrong. */
    public static Optional<String> problem(byte[] data, long maxBytes) {
        if (data == null || data.length == 0) {
            return Optional.of("附件是空文件");
        }
        if (data.length > maxBytes) {
            return Optional.of("图片太大（" + megabytes(data.length) + "），上限为 " + megabytes(maxBytes) + "，请缩小后再上传");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.of("附件不是图片，只接受 JPG、PNG 或 GIF 图片");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    return Optional.of("不支持的图片格式（" + format + "），只接受 JPG、PNG 或 GIF 图片");
                }
                reader.setInput(in, true, true);
                // header only: no pixel is decoded to learn the size
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    return Optional.of("图片已损坏，无法读取");
                }
                Optional<String> tooBig = dimensions(width, height);
                if (tooBig.isPresent()) {
                    return tooBig;
                }
                reader.read(0, subsampled(reader.getDefaultReadParam(), width, height));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("图片已损坏，无法读取");
        }
        return Optional.empty();
    }

    /** Empty when {@code width × height} is within the limits, else the refusal naming them. */
    static Optional<String> dimensions(int width, int height) {
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            return Optional.of("图片尺寸过大（" + width + "×" + height + " 像素），上限为 " + MAX_PIXELS / 1_000_000
                    + " 百万像素、每边不超过 " + MAX_SIDE + " 像素，请缩小后再上传");
        }
        return Optional.empty();
    }

    /** Reads every n-th pixel of every n-th row, n chosen so that at most about {@link #CHECK_PIXELS} are kept. */
    static ImageReadParam subsampled(ImageReadParam param, int width, int height) {
        long pixels = (long) width * height;
        int step = 1;
        while (pixels / ((long) step * step) > CHECK_PIXELS) {
            step++;
        }
        param.setSourceSubsampling(step, step, 0, 0);
        return param;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}

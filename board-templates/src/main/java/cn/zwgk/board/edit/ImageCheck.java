package cn.zwgk.board.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Accepts an image attachment only if its bytes really are a JPEG, PNG or GIF image (the file name is not
 * trusted) and it is no larger than the limit. Returns the reason in Chinese, naming the limit.
 */
public final class ImageCheck {
    /** Default limit for a notice image: 2 MiB (a phone photo resized for a board). */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
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
                reader.setInput(in);
                if (reader.getWidth(0) <= 0 || reader.getHeight(0) <= 0) {
                    return Optional.of("图片已损坏，无法读取");
                }
                reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("图片已损坏，无法读取");
        }
        return Optional.empty();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}

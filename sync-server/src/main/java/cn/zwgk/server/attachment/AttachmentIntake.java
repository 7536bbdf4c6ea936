package cn.zwgk.server.attachment;

import cn.zwgk.board.edit.ImageCheck;
import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.sync.Sha256;
import java.util.Locale;

/**
 * Images kiosks send up with the notices published there: the bytes must hash to the name they are sent
 * under, stay within the size limit and really be a JPEG, PNG or GIF image ({@link ImageCheck}); then they
 * are stored once by hash, so the same bytes again are simply acknowledged again.
 */
public final class AttachmentIntake {
    private final AttachmentFiles files;
    private final long maxBytes;

    public AttachmentIntake(AttachmentFiles files, long maxBytes) {
        this.files = files;
        this.maxBytes = maxBytes;
    }

    /** {@code status} STORED or DUPLICATE when taken; otherwise {@code refusal} says why (Chinese, for staff). */
    public record Outcome(String status, String refusal) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    public String tooLarge() {
        return String.format(Locale.ROOT, "图片超过上限 %.1f MB，请缩小后再上传", maxBytes / 1024.0 / 1024.0);
    }

    /** {@code bytes} may be one byte longer than the limit (read so, to tell "too large" without reading on). */
    public Outcome receive(String sha256, byte[] bytes) {
        if (bytes.length > maxBytes) {
            return new Outcome(null, tooLarge());
        }
        if (!Sha256.of(bytes).equals(sha256)) {
            return new Outcome(null, "图片内容与其 SHA-256 校验值不符（传输损坏或被篡改），请重新上传");
        }
        var problem = ImageCheck.problem(bytes, maxBytes);
        if (problem.isPresent()) {
            return new Outcome(null, problem.get());
        }
        if (files.has(sha256)) {
            return new Outcome("DUPLICATE", null);
        }
        files.putVerified(sha256, bytes);
        return new Outcome("STORED", null);
    }
}

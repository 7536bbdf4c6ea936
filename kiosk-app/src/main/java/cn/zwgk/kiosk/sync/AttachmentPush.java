package cn.zwgk.kiosk.sync;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.sync.SyncJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends up the images a notice published on this kiosk refers to, before the notice itself, so that the
 * server (and through it the community's other kiosks) has every image a notice it accepts refers to. One
 * instance per sync run: an image sent once in the run is not asked about again.
 */
final class AttachmentPush {
    private final AttachmentFiles files;
    private final Set<String> onServer = new HashSet<>();

    AttachmentPush(AttachmentFiles files) {
        this.files = files;
    }

    /**
     * Empty when the record may go up now; otherwise why it is held (Chinese, shown to staff). Transport
     * failures are thrown, as for any upload: the record stays pending and the next run retries.
     */
    Optional<String> before(SyncClient api, OutboxStore.Pending record) {
        if (!"NOTICE".equals(record.type())) {
            return Optional.empty();
        }
        for (String sha : attachmentsOf(record.payload())) {
            if (onServer.contains(sha)) {
                continue;
            }
            Optional<java.nio.file.Path> file = files.path(sha);
            if (file.isEmpty()) {
                return Optional.of("公告的图片 " + sha.substring(0, Math.min(12, sha.length()))
                        + "… 已不在本终端，无法上传；请重新添加图片后再发布");
            }
            String refusal = api.putAttachment(sha, read(file.get()));
            if (refusal != null) {
                return Optional.of("公告的图片未被中心接受：" + refusal + "；请更换图片后再发布");
            }
            onServer.add(sha);
        }
        return Optional.empty();
    }

    private static List<String> attachmentsOf(String payload) {
        return SyncJson.read(payload, Notice.class).attachments();
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attachment " + file, e);
        }
    }
}

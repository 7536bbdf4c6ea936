package cn.zwgk.server.attachment;

import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.sync.Sha256;
import cn.zwgk.server.system.Responses;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /sync/v1/attachments/<sha256>}: an attachment's bytes. Integrity needs no signature here:
 * the hash the kiosk asks for came in a signed page, and the kiosk checks the bytes against it.
 */
public final class AttachmentHandler extends Handler.Abstract {
    private final AttachmentFiles files;

    public AttachmentHandler(AttachmentFiles files) {
        this.files = files;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        String sha = path.substring(path.lastIndexOf('/') + 1);
        if (!Sha256.HEX.matcher(sha).matches()) {
            Responses.error(response, callback, 400, "bad-hash", "attachments are named by their SHA-256 in hex");
            return true;
        }
        var file = files.path(sha);
        if (file.isEmpty()) {
            Responses.error(response, callback, 404, "no-such-attachment", "no attachment " + sha);
            return true;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "private, max-age=31536000, immutable");
        response.write(true, ByteBuffer.wrap(Files.readAllBytes(file.get())), callback);
        return true;
    }
}

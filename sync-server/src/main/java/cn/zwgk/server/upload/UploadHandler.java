package cn.zwgk.server.upload;

import cn.zwgk.core.sync.Upload;
import cn.zwgk.server.security.KioskAuthHandler;
import cn.zwgk.server.system.Responses;
import java.util.UUID;
import org.slf4j.LoggerFactory;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code PUT /sync/v1/uploads/<uuid>}: 200 for new or identical again, 409 for different content. */
public final class UploadHandler extends Handler.Abstract {
    private static final int MAX_BYTES = 1 << 20;

    private final UploadService uploads;

    public UploadHandler(UploadService uploads) {
        this.uploads = uploads;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!Responses.allowOnly(HttpMethod.PUT, request, response, callback)) {
            return true;
        }
        String path = request.getHttpURI().getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            Responses.error(response, callback, 400, "bad-id", "the upload path must end in the record's UUID");
            return true;
        }
        Upload upload = Responses.readJson(request, response, callback, Upload.class, MAX_BYTES);
        if (upload == null) {
            return true;
        }
        if (!id.equals(upload.id()) || upload.payload() == null || !UploadService.TYPES.contains(upload.type())) {
            Responses.error(response, callback, 400, "bad-upload",
                    "id must match the path, payload is required, type one of " + UploadService.TYPES);
            return true;
        }
        var kiosk = KioskAuthHandler.principal(request);
        UploadService.Answer answer;
        try {
            answer = uploads.take(kiosk.kioskId(), kiosk.siteCode(), upload);
        } catch (cn.zwgk.core.store.StoreException busy) {
            // A lock timeout or a lost connection under load: nothing was committed; the kiosk keeps the record
            // in its outbox and retries. Not the kiosk's mistake, so not a 4xx, and not a crash, so not a 500.
            LoggerFactory.getLogger(UploadHandler.class).warn("upload {} from {} not stored: {}", id, kiosk.kioskId(),
                    busy.getMessage());
            response.getHeaders().put("Retry-After", "60");
            Responses.error(response, callback, 503, "busy", "the server could not store the upload now; retry later");
            return true;
        }
        if (answer.refusal() != null) {
            Responses.error(response, callback, 422, "refused", answer.refusal());
            return true;
        }
        Upload.Ack ack = answer.ack();
        Responses.json(response, callback, "CONFLICT".equals(ack.status()) ? 409 : 200, ack);
        return true;
    }
}

package cn.zwgk.server.attachment;

import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.sync.Sha256;
import cn.zwgk.server.system.Responses;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code /sync/v1/attachments/<sha256>}. {@code GET}: an attachment's bytes; integrity needs no signature
 * here: the hash the kiosk asks for came in a signed page, and the kiosk checks the bytes against it.
 * {@code HEAD}: 200 when the server has it, else 404. {@code PUT}: a kiosk sends up an image a notice published there refers to, before the notice itself;
 * {@link AttachmentIntake} decides (422 with the reason when refused).
 */
public final class AttachmentHandler extends Handler.Abstract {
    private final AttachmentFiles files;
    private final AttachmentIntake intake;

    public AttachmentHandler(AttachmentFiles files, AttachmentIntake intake) {
        this.files = files;
        this.intake = intake;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        String sha = path.substring(path.lastIndexOf('/') + 1);
        if (!Sha256.HEX.matcher(sha).matches()) {
            Responses.error(response, callback, 400, "bad-hash", "attachments are named by their SHA-256 in hex");
            return true;
        }
        if (HttpMethod.PUT.is(request.getMethod())) {
            receive(request, response, callback, sha);
            return true;
        }
        if (HttpMethod.HEAD.is(request.getMethod())) {
            // lets a kiosk skip sending up an image the server already has
            response.setStatus(files.has(sha) ? 200 : 404);
            response.write(true, null, callback);
            return true;
        }
        if (!Responses.allowOnly(HttpMethod.GET, request, response, callback)) {
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

    private void receive(Request request, Response response, Callback callback, String sha) {
        long declared = request.getLength();
        if (declared > intake.maxBytes()) {
            Responses.error(response, callback, 422, "refused", intake.tooLarge());
            return;
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes((int) intake.maxBytes() + 1);
        } catch (IOException e) {
            Responses.error(response, callback, 400, "unreadable-body", "could not read the request body");
            return;
        }
        AttachmentIntake.Outcome outcome = intake.receive(sha, body);
        if (outcome.refusal() != null) {
            Responses.error(response, callback, 422, "refused", outcome.refusal());
            return;
        }
        Responses.json(response, callback, 200, Map.of("sha256", sha, "status", outcome.status()));
    }
}

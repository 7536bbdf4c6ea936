package cn.zwgk.server.security;

import cn.zwgk.server.system.Responses;
import java.util.Map;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code POST /sync/v1/credential}: a fresh credential for the calling kiosk; the old one stops working. */
public final class RotateHandler extends Handler.Abstract {
    private final EnrolmentService enrolment;

    public RotateHandler(EnrolmentService enrolment) {
        this.enrolment = enrolment;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!Responses.allowOnly(HttpMethod.POST, request, response, callback)) {
            return true;
        }
        String token = enrolment.rotate(KioskAuthHandler.principal(request));
        Responses.json(response, callback, 200, Map.of("token", token));
        return true;
    }
}

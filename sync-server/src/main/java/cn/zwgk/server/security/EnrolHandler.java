package cn.zwgk.server.security;

import cn.zwgk.core.sync.Enrolment;
import cn.zwgk.server.system.Responses;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code POST /sync/v1/enrol} with a one-time code: answers the kiosk's credential and the key to pin. */
public final class EnrolHandler extends Handler.Abstract {
    private final EnrolmentService enrolment;

    public EnrolHandler(EnrolmentService enrolment) {
        this.enrolment = enrolment;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!Responses.allowOnly(HttpMethod.POST, request, response, callback)) {
            return true;
        }
        Enrolment.Request body = Responses.readJson(request, response, callback, Enrolment.Request.class, 4096);
        if (body == null) {
            return true;
        }
        try {
            Responses.json(response, callback, 200, enrolment.enrol(body.code(), body.kioskId(), body.siteCode()));
        } catch (EnrolmentException e) {
            Responses.error(response, callback, 403, "enrolment-refused", e.getMessage());
        }
        return true;
    }
}

package cn.zwgk.server.security;

import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.server.system.Responses;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets a request through to the sync endpoints only with a current kiosk credential
 * ({@code Authorization: Bearer <kioskId>.<secret>}); leaves the {@link KioskPrincipal} as a request
 * attribute. Unknown, revoked or malformed credentials get 401 with a message a kiosk can show.
 */
public final class KioskAuthHandler extends Handler.Wrapper {
    private final EnrolmentService enrolment;

    public KioskAuthHandler(EnrolmentService enrolment, Handler next) {
        super(next);
        this.enrolment = enrolment;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String header = request.getHeaders().get(SyncPaths.HEADER_AUTHORIZATION);
        String token = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
        var principal = enrolment.authenticate(token);
        if (principal.isEmpty()) {
            response.getHeaders().put("WWW-Authenticate", "Bearer realm=\"zwgk-sync\"");
            Responses.error(response, callback, 401, "unauthorized",
                    "本终端未登记或已被停用，请联系政务公开办重新登记。(unknown or revoked kiosk credential)");
            return true;
        }
        request.setAttribute(KioskPrincipal.ATTRIBUTE, principal.get());
        return super.handle(request, response, callback);
    }

    public static KioskPrincipal principal(Request request) {
        return (KioskPrincipal) request.getAttribute(KioskPrincipal.ATTRIBUTE);
    }
}

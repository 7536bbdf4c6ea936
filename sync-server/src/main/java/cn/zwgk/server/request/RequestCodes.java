package cn.zwgk.server.request;

import cn.zwgk.core.request.TrackingCode;

/** Tracking codes as stored (compact, 10 characters) and as shown (grouped). */
final class RequestCodes {

    private RequestCodes() {
    }

    static String compact(String code) {
        return TrackingCode.parse(code).map(TrackingCode::compact)
                .orElseThrow(() -> new IllegalArgumentException("not a tracking code: " + code));
    }

    static String display(String compact) {
        return TrackingCode.parse(compact).map(TrackingCode::toString).orElse(compact);
    }
}

package cn.zwgk.server.metrics;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Counts and times every request when it completes (also asynchronous ones), by endpoint. */
final class TimedHandler extends Handler.Wrapper {
    private final SyncMetrics metrics;

    TimedHandler(SyncMetrics metrics, Handler handler) {
        super(handler);
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        String endpoint = Endpoints.of(Request.getPathInContext(request));
        Callback timed = new Callback() {
            @Override
            public void succeeded() {
                metrics.record(endpoint, response.getStatus(), System.nanoTime() - start);
                callback.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                metrics.record(endpoint, 500, System.nanoTime() - start);
                callback.failed(failure);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
        try {
            boolean handled = super.handle(request, response, timed);
            if (!handled) {
                metrics.record(endpoint, 404, System.nanoTime() - start);
            }
            return handled;
        } catch (Exception | Error e) {
            metrics.record(endpoint, 500, System.nanoTime() - start);
            throw e;
        }
    }
}

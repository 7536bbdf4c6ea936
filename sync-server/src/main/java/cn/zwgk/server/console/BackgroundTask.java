package cn.zwgk.server.console;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.html.Span;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Long work (an import, a bundle export) off the UI thread with a progress bar: the browser polls twice a
 * second while it runs (no websocket push needed), and the result or the refusal comes back on the UI thread.
 */
public final class BackgroundTask {
    private BackgroundTask() {
    }

    /** Reports progress from the worker thread. */
    public interface Progress {
        void update(String stage, long done, long total);
    }

    public static <T> void run(UI ui, ProgressBar bar, Span label, Function<Progress, T> work, Consumer<T> done) {
        bar.setVisible(true);
        bar.setIndeterminate(true);
        label.setText("正在处理…");
        ui.setPollInterval(500);
        Progress progress = (stage, n, total) -> ui.access(() -> {
            bar.setIndeterminate(total <= 0);
            if (total > 0) {
                bar.setValue(Math.min(1.0, (double) n / total));
            }
            label.setText(stage + (total > 0 ? "：" + n + " / " + total : ""));
        });
        var session = ui.getSession();
        CompletableFuture.supplyAsync(() -> {
            // services read the logged-in staff member from the Vaadin session
            com.vaadin.flow.server.VaadinSession.setCurrent(session);
            try {
                return work.apply(progress);
            } finally {
                com.vaadin.flow.server.VaadinSession.setCurrent(null);
            }
        }).whenComplete((result, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            bar.setVisible(false);
            if (failure != null) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
                label.setText("");
                Messages.showError(cause instanceof RuntimeException r ? r : new IllegalStateException(cause));
            } else {
                label.setText("");
                done.accept(result);
            }
        }));
    }
}

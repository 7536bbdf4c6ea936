package cn.zwgk.kiosk.sync;

import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;

/**
 * Staff screen: the truth about this kiosk's sync, all read from committed state — last success, what is
 * pending down and up, clock drift, the last error in plain words — and "立即同步". (Staff login comes with
 * staff mode; nothing here is personal data.)
 */
@Route(value = "staff/sync", layout = KioskLayout.class)
@com.vaadin.flow.component.dependency.StyleSheet("sync.css")
@PageTitle("数据同步状态")
public class SyncStatusView extends Div {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final KioskServices services;
    private final DescriptionList facts = new DescriptionList();
    private final Paragraph progress = new Paragraph();
    private final Button syncNow;

    public SyncStatusView(KioskServices services) {
        this.services = services;
        addClassName("sync-status-view");
        syncNow = new Button(getTranslation("sync.status.syncNow"), e -> runSync());
        syncNow.addClassName("big-button");
        syncNow.setId("sync-now");
        progress.setId("sync-progress");
        facts.setId("sync-facts");
        add(new H1(getTranslation("sync.status.title")), new Paragraph(getTranslation("sync.status.hint")), facts,
                syncNow, progress, new OfflinePanel(services.sync(), services.config().zone(), this::refresh));
        refresh();
    }

    private void refresh() {
        SyncService sync = services.sync();
        SyncState state = sync.currentState();
        ZoneId zone = services.config().zone();
        facts.removeAll();
        fact("sync.status.kiosk", sync.enrolledIdentity().map(i -> i.kioskId() + " · " + i.siteCode())
                .orElse(getTranslation("sync.status.notEnrolled")));
        fact("sync.status.lastSuccess", state.lastSuccessAt() == null ? getTranslation("sync.status.never")
                : WHEN.format(state.lastSuccessAt().atZone(zone)));
        fact("sync.status.lastAttempt", state.lastAttemptAt() == null ? "—"
                : WHEN.format(state.lastAttemptAt().atZone(zone)));
        fact("sync.status.downPending", getTranslation("sync.status.downPendingValue", state.checkpoint(),
                state.serverLatest(), Math.max(0, state.serverLatest() - state.checkpoint())));
        fact("sync.status.upPending", getTranslation("sync.status.upPendingValue", sync.pendingUploads()));
        Long drift = sync.clockDriftMillis();
        fact("sync.status.drift", drift == null ? getTranslation("sync.status.driftUnknown")
                : Math.abs(drift) < 500 ? getTranslation("sync.status.driftNone")
                : getTranslation("sync.status.driftValue",
                        getTranslation(drift >= 0 ? "sync.status.driftAhead" : "sync.status.driftBehind"),
                        String.format(java.util.Locale.ROOT, "%.1f", Math.abs(drift) / 1000.0)));
        sync.clockCheck().lastKnownDrift().filter(cn.zwgk.kiosk.clock.ClockReading::doubtful).ifPresent(r ->
                fact("sync.status.clockWarning", getTranslation("sync.offline.doubtful",
                        sync.clockCheck().threshold().toSeconds())));
        fact("sync.status.lastError", plain(state.lastError()));
        var held = sync.heldUploads();
        fact("sync.status.held", held.isEmpty() ? getTranslation("sync.status.noError")
                : getTranslation("sync.status.heldValue", held.size()) + " " + String.join("；", held));
    }

    private String plain(String error) {
        if (error == null) {
            return getTranslation("sync.status.noError");
        }
        if (SyncErrorText.isForPeople(error)) {
            return error;
        }
        String key = SyncErrorText.keyFor(error);
        return getTranslation(key, error, services.sync().settings().appVersion());
    }

    private void fact(String key, String value) {
        facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private void runSync() {
        UI ui = UI.getCurrent();
        syncNow.setEnabled(false);
        progress.setText(getTranslation("sync.status.running"));
        ui.setPollInterval(1000);
        CompletableFuture.supplyAsync(services.sync()::syncNow).whenComplete((result, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            syncNow.setEnabled(true);
            progress.setText(result != null && result.ok()
                    ? getTranslation("sync.status.done", result.changes())
                    : getTranslation("sync.status.failed", plain(result == null ? String.valueOf(failure)
                            : result.error())));
            refresh();
        }));
    }
}

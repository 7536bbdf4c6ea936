package cn.zwgk.kiosk.sync;

import cn.zwgk.kiosk.clock.ClockReading;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The offline part of the staff sync screen: the clock against NTP, "导入同步包" from a USB directory,
 * FTP settings with a test button and a fetch, and the last bundle imported. Long work runs off the UI
 * thread and reports back in words.
 */
class OfflinePanel extends Div {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SyncService sync;
    private final ZoneId zone;
    private final Runnable refreshFacts;
    private final Paragraph clockLine = new Paragraph();
    private final Paragraph lastImport = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final TextField usbDir = new TextField();
    private final TextField host = new TextField();
    private final IntegerField port = new IntegerField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final TextField path = new TextField();
    private final Checkbox tls = new Checkbox();
    private final List<Button> buttons;

    OfflinePanel(SyncService sync, ZoneId zone, Runnable refreshFacts) {
        this.sync = sync;
        this.zone = zone;
        this.refreshFacts = refreshFacts;
        addClassName("offline-panel");
        clockLine.setId("clock-line");
        lastImport.setId("last-bundle");
        outcome.setId("offline-outcome");
        usbDir.setId("usb-dir");
        usbDir.setLabel(getTranslation("sync.offline.usbDir"));
        usbDir.setValue(sync.transports().usbDir());
        Button checkClock = button("clock-check", "sync.offline.checkClock", () -> {
            sync.clockCheck().check();
            return sync.clockCheck().lastNtpProblem() == null ? new Key("sync.offline.clockChecked")
                    : sync.clockCheck().lastNtpProblem();
        });
        Button importUsb = button("import-usb", "sync.offline.importUsb",
                () -> sync.transports().importFromUsb(usbDir.getValue()));
        FtpSettings saved = sync.transports().ftpSettings();
        host.setId("ftp-host");
        host.setLabel(getTranslation("sync.offline.ftpHost"));
        host.setValue(saved.host() == null ? "" : saved.host());
        port.setId("ftp-port");
        port.setLabel(getTranslation("sync.offline.ftpPort"));
        port.setValue(saved.port());
        port.setMin(1);
        port.setMax(65535);
        user.setId("ftp-user");
        user.setLabel(getTranslation("sync.offline.ftpUser"));
        user.setValue(saved.user() == null ? "" : saved.user());
        password.setId("ftp-password");
        password.setLabel(getTranslation("sync.offline.ftpPassword"));
        // the stored password never goes back to the browser: an empty field keeps it
        password.setValue("");
        if (saved.password() != null && !saved.password().isEmpty()) {
            password.setPlaceholder(getTranslation("sync.offline.ftpPasswordKept"));
        }
        path.setId("ftp-path");
        path.setLabel(getTranslation("sync.offline.ftpPath"));
        path.setValue(saved.path() == null ? "/" : saved.path());
        tls.setId("ftp-tls");
        tls.setLabel(getTranslation("sync.offline.ftpTls"));
        tls.setValue(saved.tls());
        Button test = button("ftp-test", "sync.offline.ftpTest", () -> {
            FtpSettings s = ftpFromForm();
            try {
                return sync.transports().testFtp(s);
            } catch (FtpFetcher.FtpException e) {
                return e.getMessage();
            }
        });
        Button save = button("ftp-save", "sync.offline.ftpSave", () -> {
            sync.transports().saveFtpSettings(ftpFromForm());
            return new Key("sync.offline.ftpSaved");
        });
        Button fetch = button("ftp-fetch", "sync.offline.ftpFetch", () -> {
            sync.transports().saveFtpSettings(ftpFromForm());
            return sync.transports().fetchFromFtp();
        });
        buttons = List.of(checkClock, importUsb, test, save, fetch);
        Div ftpForm = new Div(host, port, user, password, path, tls);
        ftpForm.addClassName("ftp-form");
        add(new H2(getTranslation("sync.offline.clockTitle")), clockLine, checkClock,
                new H2(getTranslation("sync.offline.bundleTitle")), new Paragraph(getTranslation("sync.offline.bundleHint")),
                usbDir, importUsb, lastImport,
                new H2(getTranslation("sync.offline.ftpTitle")), ftpForm, new Div(save, test, fetch), outcome);
        refresh();
    }

    void refresh() {
        clockLine.setText(clockText());
        lastImport.setText(sync.lastBundleImport().map(i -> getTranslation("sync.offline.lastImport",
                WHEN.format(i.at().atZone(zone)), i.source(), i.fileName(), i.message()))
                .orElse(getTranslation("sync.offline.noImport")));
    }

    private String clockText() {
        var reading = sync.clockCheck().lastKnownDrift();
        String problem = sync.clockCheck().lastNtpProblem();
        String ntp = sync.clockCheck().ntpServer() == null ? getTranslation("sync.offline.noNtp")
                : getTranslation("sync.offline.ntpServer", sync.clockCheck().ntpServer());
        if (reading.isEmpty()) {
            return getTranslation("sync.status.driftUnknown") + "。" + ntp + (problem == null ? "" : " " + problem);
        }
        ClockReading r = reading.get();
        String drift = Math.abs(r.driftMillis()) < 500 ? getTranslation("sync.status.driftNone")
                : getTranslation("sync.status.driftValue",
                        getTranslation(r.driftMillis() >= 0 ? "sync.status.driftAhead" : "sync.status.driftBehind"),
                        String.format(java.util.Locale.ROOT, "%.1f", Math.abs(r.driftMillis()) / 1000.0));
        String source = getTranslation(r.source() == ClockReading.Source.NTP ? "sync.offline.byNtp" : "sync.offline.bySync",
                WHEN.format(r.measuredAt().atZone(zone)));
        return drift + "（" + source + "）" + (r.doubtful() ? getTranslation("sync.offline.doubtful",
                sync.clockCheck().threshold().toSeconds()) : "") + " " + ntp + (problem == null ? "" : " " + problem);
    }

    private FtpSettings ftpFromForm() {
        String typed = password.getValue();
        String secret = typed.isEmpty() ? sync.transports().ftpSettings().password() : typed;
        return new FtpSettings(host.getValue().strip(), port.getValue() == null ? 21 : port.getValue(),
                user.getValue().strip(), secret, path.getValue().strip(), tls.getValue());
    }

    private String describe(List<BundleImport> results) {
        StringBuilder text = new StringBuilder();
        for (BundleImport r : results) {
            text.append(getTranslation(r.ok() ? "sync.offline.resultOk" : "sync.offline.resultRefused", r.fileName(),
                    r.message())).append(' ');
        }
        return text.toString().strip();
    }

    /** A bundle key to translate on the UI thread (background work has no UI, so no locale). */
    private record Key(String key) {
    }

    /** What background work returned, in words: a message from a service, a key, or import results. */
    @SuppressWarnings("unchecked")
    private String render(Object result) {
        if (result instanceof Key k) {
            return getTranslation(k.key());
        }
        if (result instanceof List<?> list) {
            return describe((List<BundleImport>) list);
        }
        return String.valueOf(result);
    }

    private Button button(String id, String key, Supplier<Object> work) {
        Button b = new Button(getTranslation(key), e -> run(work));
        b.setId(id);
        b.addClassName("big-button");
        return b;
    }

    private void run(Supplier<Object> work) {
        UI ui = UI.getCurrent();
        buttons.forEach(b -> b.setEnabled(false));
        outcome.setText(getTranslation("sync.offline.working"));
        ui.setPollInterval(1000);
        CompletableFuture.supplyAsync(work).whenComplete((text, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            buttons.forEach(b -> b.setEnabled(true));
            outcome.setText(failure == null ? render(text) : getTranslation("sync.offline.failed", String.valueOf(failure)));
            refresh();
            refreshFacts.run();
        }));
    }
}

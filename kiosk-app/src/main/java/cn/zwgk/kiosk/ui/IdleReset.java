package cn.zwgk.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Privacy for the next resident: after {@code idleTime} without a touch, click or key, a full-screen
 * countdown with a big "继续使用"; when it runs out the kiosk clears typed text, ends the Vaadin session
 * (language, text size, contrast and every view's state go with it) and loads the home screen afresh.
 *
 * <p>Activity is watched in the browser ({@code idle-watch.js}, run through {@code executeJs}), so a
 * touch costs no server round trip. An untouched home screen is not armed, so an unused kiosk does not
 * reload itself every {@code idleTime}.
 */
public class IdleReset extends Div {
    /** Longest countdown shown before the reset; shorter idle times get a countdown as long as themselves. */
    static final Duration MAX_COUNTDOWN = Duration.ofSeconds(15);
    private static final String SCRIPT = script();

    private final Duration idleTime;

    public IdleReset(Duration idleTime) {
        this.idleTime = idleTime;
        addClassName("idle-overlay");
        setId("idle-overlay");
        getElement().setAttribute("hidden", "");
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-modal", "true");
        getElement().setAttribute("aria-labelledby", "idle-title");
        getElement().setAttribute("aria-describedby", "idle-countdown");

        Paragraph title = new Paragraph(getTranslation("ui.idle.title"));
        title.setId("idle-title");
        title.addClassName("idle-title");
        Paragraph countdown = new Paragraph(getTranslation("ui.idle.countdown", countdownSeconds()));
        countdown.setId("idle-countdown");
        countdown.addClassName("idle-countdown");
        countdown.getElement().setAttribute("aria-live", "assertive");
        NativeButton keepUsing = new NativeButton(getTranslation("ui.idle.continue"));
        keepUsing.addClassNames("big-button", "primary-button", "idle-continue");
        Div box = new Div(title, countdown, keepUsing);
        box.addClassName("idle-box");
        add(box);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        boolean armed = !ResidentSettings.of(event.getSession()).isDefault();
        event.getUI().getPage().executeJs(SCRIPT, getElement(), idleTime.toMillis(), countdownSeconds(),
                getTranslation("ui.idle.countdown", "{0}"), armed);
    }

    long countdownSeconds() {
        Duration countdown = idleTime.compareTo(MAX_COUNTDOWN) < 0 ? idleTime : MAX_COUNTDOWN;
        return Math.max(1, countdown.toSeconds());
    }

    /** Called by the browser when the countdown ran out: ends this resident's session. */
    @ClientCallable
    void idleReset() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
    }

    private static String script() {
        try (InputStream in = IdleReset.class.getResourceAsStream("idle-watch.js")) {
            if (in == null) {
                throw new IllegalStateException("idle-watch.js missing from the classpath next to IdleReset");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read idle-watch.js", e);
        }
    }
}

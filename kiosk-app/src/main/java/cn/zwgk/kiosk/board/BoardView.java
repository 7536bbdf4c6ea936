package cn.zwgk.kiosk.board;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.kiosk.sync.SyncStatusText;
import cn.zwgk.kiosk.system.KioskServices;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wall screen ({@code /board}, a kiosk-mode browser on a 16:9 screen): today's notices one page at a time,
 * each 1920x1080 page scaled to the screen, never shrunk text; the clock, the date and "数据更新于 …" on top.
 * An urgent notice from the central office takes over until it is withdrawn. Never blank: with nothing to show
 * it shows the community's name and whom to ask. Rotation runs on the server (a poll), so it keeps going
 * offline and re-reads the notices at every step: expired, withdrawn and new ones show within one step.
 */
@Route("board")
@PageTitle("居务公开公告屏")
@StyleSheet("board-templates/notice.css")
@StyleSheet("board-templates/screen.css")
@StyleSheet("board.css")
public class BoardView extends Div implements BeforeEnterObserver {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.ROOT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final int MAX_POLL_MILLIS = 5_000;

    /** One screen page of one notice. */
    record Slide(String noticeId, int page, int pages, String html) {
    }

    private final KioskServices services;
    private final BoardService board;
    private final Span site = new Span();
    private final Span clock = new Span();
    private final Span freshness = new Span();
    private final Span position = new Span();
    private final Div stage = new Div();
    private final Map<String, List<String>> rendered = new HashMap<>();
    private List<Slide> slides = List.of();
    private int index = -1;
    private String shownKey = "";
    private Instant shownAt = Instant.EPOCH;
    private Registration poll;
    private Duration rotation;

    public BoardView(KioskServices services) {
        this.services = services;
        this.board = services.board();
        this.rotation = board.settings().rotation();
        addClassName("board");
        setId("board");
        site.addClassName("board-site");
        clock.addClassName("board-clock");
        clock.setId("board-clock");
        freshness.addClassName("board-freshness");
        freshness.setId("board-freshness");
        position.addClassName("board-position");
        position.setId("board-position");
        stage.addClassName("board-stage");
        stage.setId("board-stage");
        Header bar = new Header(site, position, freshness, clock);
        bar.addClassName("board-bar");
        add(bar, stage);
        tick(true);
    }

    /** {@code /board?rotation=<seconds>} (3–600) overrides the configured interval for this screen. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("rotation", List.of());
        if (!asked.isEmpty() && asked.getFirst().matches("\\d{1,3}")) {
            rotation = Duration.ofSeconds(Math.clamp(Long.parseLong(asked.getFirst()), 3, 600));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval((int) Math.min(rotation.toMillis(), MAX_POLL_MILLIS));
        poll = event.getUI().addPollListener(e -> tick(false));
        // scale the 1920x1080 page to the stage whenever the stage's size changes (also once the CSS has arrived)
        stage.getElement().executeJs("""
                const stage = this;
                const fit = () => { const s = Math.min(stage.clientWidth / 1920, stage.clientHeight / 1080);
                    if (s > 0) { stage.style.setProperty('--board-scale', s); } };
                new ResizeObserver(fit).observe(stage); fit();""");
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }

    /** Re-reads today's board and moves on when the current page has been up for the rotation interval. */
    void tick(boolean force) {
        Instant now = services.clock().instant();
        BoardSnapshot snapshot = board.snapshot();
        site.setText(snapshot.siteName() + " · " + getTranslation("board.title"));
        var local = now.atZone(services.config().zone());
        clock.setText(DATE.format(local) + " " + local.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA) + " "
                + TIME.format(local));
        freshness.setText(SyncStatusText.describe(services.sync().currentState(), now, services.config().zone(),
                this::getTranslation));
        boolean urgent = snapshot.urgent().isPresent();
        slides = slides(urgent ? List.of(snapshot.urgent().get()) : snapshot.current());
        setClassName("board-urgent", urgent);
        if (slides.isEmpty()) {
            showEmpty(snapshot);
            return;
        }
        int at = indexOf(shownKey);
        if (at < 0) {
            // first step, or the page shown is gone (withdrawn, expired, urgent over): the next one in its place
            index = Math.max(0, Math.min(index, slides.size() - 1));
        } else if (force || Duration.between(shownAt, now).compareTo(rotation) >= 0) {
            index = (at + 1) % slides.size();
        } else {
            index = at;
            return;
        }
        show(slides.get(index), now, urgent, snapshot.current().size());
    }

    private int indexOf(String key) {
        for (int i = 0; i < slides.size(); i++) {
            if (key(slides.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void show(Slide slide, Instant now, boolean urgent, int count) {
        stage.removeAll();
        if (urgent) {
            Div banner = new Div(new Span(getTranslation("board.urgent")));
            banner.addClassName("board-urgent-banner");
            stage.add(banner);
        }
        stage.add(new Html(slide.html()));
        shownKey = key(slide);
        shownAt = now;
        int noticeNo = (int) slides.subList(0, index + 1).stream().filter(s -> s.page() == 1).count();
        position.setText(urgent ? "" : getTranslation("board.position", noticeNo, count));
    }

    private void showEmpty(BoardSnapshot snapshot) {
        if (shownKey.equals("empty")) {
            return;
        }
        stage.removeAll();
        H1 name = new H1(snapshot.siteName());
        Paragraph none = new Paragraph(getTranslation("board.empty"));
        Paragraph contact = new Paragraph(board.settings().contact());
        Div empty = new Div(name, none, contact);
        empty.addClassName("board-empty");
        empty.setId("board-empty");
        stage.add(empty);
        position.setText("");
        shownKey = "empty";
    }

    private List<Slide> slides(List<Notice> notices) {
        List<Slide> list = new ArrayList<>();
        Map<String, List<String>> keep = new HashMap<>();
        for (Notice n : notices) {
            String key = n.id() + "@" + n.version();
            List<String> pages = rendered.containsKey(key) ? rendered.get(key) : renderSafely(n);
            keep.put(key, pages);
            for (int i = 0; i < pages.size(); i++) {
                list.add(new Slide(n.id() + "@" + n.version(), i + 1, pages.size(), pages.get(i)));
            }
        }
        rendered.clear();
        rendered.putAll(keep);
        return list;
    }

    /** A notice that cannot be rendered (bad template data) is left out rather than blanking the board. */
    private List<String> renderSafely(Notice n) {
        try {
            return board.screenPages(n);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(BoardView.class).warn("notice {} left off the board: {}", n.id(), e.getMessage());
            return List.of();
        }
    }

    private static String key(Slide s) {
        return s.noticeId() + "#" + s.page();
    }
}

package cn.zwgk.kiosk.board;

import cn.zwgk.core.notice.Notice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the board shows today, by the kiosk's own clock.
 *
 * @param siteName the community's name (its code while the kiosk does not know the site yet)
 * @param today    the kiosk's date
 * @param current  published notices inside their period: pinned first, then this site's, newest first
 * @param urgent   an urgent notice from the central office, which takes over the screen
 * @param archive  published notices whose period has ended, most recently ended first
 */
public record BoardSnapshot(String siteName, LocalDate today, List<Notice> current, Optional<Notice> urgent,
        List<Notice> archive) {

    public BoardSnapshot {
        current = List.copyOf(current);
        archive = List.copyOf(archive);
    }
}

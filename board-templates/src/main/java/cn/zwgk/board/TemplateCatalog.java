package cn.zwgk.board;

import cn.zwgk.core.notice.NoticeTemplate;

import cn.zwgk.core.sync.SyncJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;

/**
 * The built-in notice templates: metadata from {@code templates.json} beside this class, markup from
 * {@code templates/<id>.ftlh}. The central office manages templates (new versions carry their own markup)
 * and they travel with the sync; this set is the default.
 */
public final class TemplateCatalog {
    private final Map<String, NoticeTemplate> byId = new LinkedHashMap<>();

    private TemplateCatalog(List<NoticeTemplate> templates) {
        templates.forEach(t -> byId.put(t.id(), t));
    }

    public static TemplateCatalog builtIn() {
        try (InputStream in = TemplateCatalog.class.getResourceAsStream("templates.json")) {
            if (in == null) {
                throw new IllegalStateException("templates.json missing from the board-templates jar");
            }
            List<NoticeTemplate> metadata = SyncJson.mapper().readValue(in, new TypeReference<List<NoticeTemplate>>() { });
            return new TemplateCatalog(metadata.stream().map(TemplateCatalog::withMarkup).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in templates", e);
        }
    }

    /** Metadata plus the built-in {@code templates/<id>.ftlh} markup, so that templates travel whole by sync. */
    private static NoticeTemplate withMarkup(NoticeTemplate t) {
        try (InputStream in = TemplateCatalog.class.getResourceAsStream("templates/" + t.id() + ".ftlh")) {
            if (in == null) {
                throw new IllegalStateException("templates/" + t.id() + ".ftlh missing from the board-templates jar");
            }
            return new NoticeTemplate(t.id(), t.name(), t.category(), t.publicityDays(), t.objectionContact(), t.fields(),
                    t.version(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template markup of " + t.id(), e);
        }
    }

    public List<NoticeTemplate> all() {
        return List.copyOf(byId.values());
    }

    public Optional<NoticeTemplate> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}

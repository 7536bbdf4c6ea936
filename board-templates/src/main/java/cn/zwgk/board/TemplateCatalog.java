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
 * The built-in notice templates, read from {@code templates.json} beside this class. Later the central
 * office manages templates and they travel with the sync; this set is the default.
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
            return new TemplateCatalog(SyncJson.mapper().readValue(in, new TypeReference<List<NoticeTemplate>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in templates", e);
        }
    }

    public List<NoticeTemplate> all() {
        return List.copyOf(byId.values());
    }

    public Optional<NoticeTemplate> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}

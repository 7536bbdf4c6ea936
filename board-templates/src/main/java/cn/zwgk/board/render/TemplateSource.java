package cn.zwgk.board.render;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The FreeMarker templates of every known template version: the built-in {@code .ftlh} files beside
 * {@code templates.json}, and the markup that came down by sync with each version of a template. A notice is
 * rendered with the version it was written with; a notice without one (or with a version this side has
 * not seen) with the newest known; an unknown template id with the general 通知 layout, so that a board
 * is never blank.
 */
public final class TemplateSource {
    static final String BUILT_IN_PATH = "/cn/zwgk/board/templates";
    private static final String FALLBACK = "notice";

    private final Configuration config;
    private final StringTemplateLoader synced = new StringTemplateLoader();
    private final Map<String, NoticeTemplate> versions = new ConcurrentHashMap<>();

    public TemplateSource(Collection<NoticeTemplate> templates) {
        // templates are data from the central office: HtmlTemplates gives them no way into Java
        config = HtmlTemplates.configuration(new MultiTemplateLoader(new TemplateLoader[] {
                synced, new ClassTemplateLoader(TemplateSource.class, BUILT_IN_PATH)}));
        templates.forEach(this::add);
    }

    /** Adds (or replaces) one template version, e.g. when it arrives by sync. */
    public void add(NoticeTemplate t) {
        versions.put(key(t.id(), t.version()), t);
        if (t.markup() != null && !t.markup().isBlank()) {
            synced.putTemplate(syncedName(t.id(), t.version()), t.markup());
            config.clearTemplateCache();
        }
    }

    /** The metadata a notice was written with: its recorded version, else the newest known. */
    public Optional<NoticeTemplate> metadata(String templateId, int version) {
        NoticeTemplate exact = version > 0 ? versions.get(key(templateId, version)) : null;
        if (exact != null) {
            return Optional.of(exact);
        }
        return versions.values().stream().filter(t -> t.id().equals(templateId))
                .max(Comparator.comparingInt(NoticeTemplate::version));
    }

    public Optional<NoticeTemplate> newest(String templateId) {
        return metadata(templateId, 0);
    }

    /** Parses one version's own markup (a candidate being checked); {@link freemarker.core.ParseException} names the line. */
    public Template parse(NoticeTemplate t) throws IOException {
        if (t.markup() == null || t.markup().isBlank()) {
            throw new IOException("template " + t.id() + " v" + t.version() + " has no markup of its own");
        }
        add(t);
        return config.getTemplate(syncedName(t.id(), t.version()));
    }

    Template template(Notice n) {
        Optional<NoticeTemplate> meta = metadata(n.templateId(), n.templateVersion());
        try {
            if (meta.isPresent() && meta.get().markup() != null && !meta.get().markup().isBlank()) {
                return config.getTemplate(syncedName(meta.get().id(), meta.get().version()));
            }
            String builtIn = n.templateId() + ".ftlh";
            if (n.templateId().matches("[a-z0-9][a-z0-9-]{0,39}")
                    && TemplateSource.class.getResource(BUILT_IN_PATH + "/" + builtIn) != null) {
                return config.getTemplate(builtIn);
            }
            return config.getTemplate(FALLBACK + ".ftlh");
        } catch (IOException e) {
            throw new RenderException("模板“" + n.templateId() + "”无法读取：" + e.getMessage(), e);
        }
    }

    private static String syncedName(String id, int version) {
        return "synced/" + id + "/" + version + ".ftlh";
    }

    private static String key(String id, int version) {
        return id + "@" + version;
    }
}

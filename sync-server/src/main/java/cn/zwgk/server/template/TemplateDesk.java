package cn.zwgk.server.template;

import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.board.edit.TemplateCheck;
import cn.zwgk.board.edit.TemplateSample;
import cn.zwgk.board.render.NoticeRenderer;
import cn.zwgk.board.render.Paper;
import cn.zwgk.board.render.TemplateSource;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.validation.Violations;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.dataset.DatasetImporter;
import cn.zwgk.server.notice.NoticeStore;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The central office's notice templates: the built-in set of board-templates plus every version published
 * since (kept in {@code template_version}; older versions stay, notices written with them render with them).
 * A new version is checked ({@link TemplateCheck}: parses, escaping left on, fields declared, renders for
 * the 16:9 screen and A4), previewed, then published as the next version through the same path the dataset
 * import takes ({@link DatasetImporter#publishTemplate}: version history, reference record, change log →
 * every kiosk), with an audit line. Central administrators only; the roles are checked here, not in the view.
 */
public final class TemplateDesk {
    private final Database database;
    private final TemplateStore store;
    private final NoticeStore notices;
    private final DatasetImporter importer;
    private final AuditLog audit;
    private final TemplateCatalog builtIn;

    public TemplateDesk(Database database, TemplateStore store, NoticeStore notices, DatasetImporter importer,
            AuditLog audit, TemplateCatalog builtIn) {
        this.database = database;
        this.store = store;
        this.notices = notices;
        this.importer = importer;
        this.audit = audit;
        this.builtIn = builtIn;
    }

    /** One template as the list shows it: its newest version. {@code lastChanged} is null for an unchanged built-in. */
    public record Summary(String id, String name, String category, int version, int fieldCount, long inUse,
            Instant lastChanged, String lastChangedBy) {
    }

    /** One version in a template's history; {@code inUse}: notices written with it. */
    public record Version(NoticeTemplate template, Instant publishedAt, String publishedBy, long inUse) {
    }

    /** A candidate rendered with sample data: the 16:9 screen page (HTML document) and the A4 PDF. */
    public record Preview(String screenHtml, byte[] a4Pdf) {
    }

    public List<Summary> list(StaffSession who) {
        who.require(Role.CENTRAL_ADMIN);
        Catalogue c = catalogue(true);
        List<Summary> list = new ArrayList<>();
        for (List<Version> versions : c.byId().values()) {
            Version newest = versions.getFirst();
            NoticeTemplate t = newest.template();
            long inUse = versions.stream().mapToLong(Version::inUse).sum();
            list.add(new Summary(t.id(), t.name(), t.category(), t.version(), t.fields().size(), inUse,
                    newest.publishedAt(), newest.publishedBy()));
        }
        return list;
    }

    /** Every version of {@code id}, newest first; empty for an unknown id. */
    public List<Version> history(StaffSession who, String id) {
        who.require(Role.CENTRAL_ADMIN);
        return catalogue(true).byId().getOrDefault(id, List.of());
    }

    /** The newest version of each template, e.g. to write notices with. */
    public List<NoticeTemplate> newest() {
        return catalogue(false).byId().values().stream().map(v -> v.getFirst().template()).toList();
    }

    /** A renderer that knows every version (notices render with the version they were written with). */
    public NoticeRenderer renderer() {
        return new NoticeRenderer(new TemplateSource(allVersions()));
    }

    /** The problems of {@code draft} as the next version of its template (empty: it may be published). */
    public Violations check(StaffSession who, NoticeTemplate draft) {
        who.require(Role.CENTRAL_ADMIN);
        return TemplateCheck.check(asNextVersion(draft), allVersions());
    }

    /** The 16:9 page and the A4 PDF of {@code draft} with sample data; refused like {@link #publish}. */
    public Preview preview(StaffSession who, NoticeTemplate draft) {
        NoticeTemplate next = checked(who, draft);
        List<NoticeTemplate> with = new ArrayList<>(allVersions());
        with.add(next);
        NoticeRenderer renderer = new NoticeRenderer(new TemplateSource(with));
        Notice sample = TemplateSample.notice(next);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderer.pdf(List.of(sample), Paper.A4, n -> null, pdf);
        return new Preview(renderer.screenDocument(renderer.screenPages(sample, null)), pdf.toByteArray());
    }

    /**
     * Publishes {@code draft} as the next version of its template (whatever version it carries): checked,
     * stored beside the older versions, in the change log for every kiosk, audited. Refused with the
     * problems named ({@link cn.zwgk.core.validation.ValidationException}).
     */
    public NoticeTemplate publish(StaffSession who, NoticeTemplate draft) {
        NoticeTemplate next = checked(who, draft);
        database.useTransaction(c -> {
            importer.publishTemplate(c, next, who.username(), false);
            audit.append(c, who, "TEMPLATE_PUBLISHED", "template:" + next.id(), "第 " + next.version() + " 版："
                    + next.name() + "，" + next.fields().size() + " 个字段");
        });
        return next;
    }

    private NoticeTemplate checked(StaffSession who, NoticeTemplate draft) {
        who.require(Role.CENTRAL_ADMIN);
        NoticeTemplate next = asNextVersion(draft);
        TemplateCheck.check(next, allVersions()).throwIfAny("模板“" + next.name() + "”第 " + next.version() + " 版");
        return next;
    }

    private NoticeTemplate asNextVersion(NoticeTemplate d) {
        int version = catalogue(false).byId().getOrDefault(d.id(), List.of()).stream()
                .mapToInt(v -> v.template().version()).max().orElse(0) + 1;
        return new NoticeTemplate(d.id(), d.name(), d.category(), d.publicityDays(), d.objectionContact(), d.fields(),
                version, d.markup());
    }

    private List<NoticeTemplate> allVersions() {
        return catalogue(false).byId().values().stream().flatMap(List::stream).map(Version::template).toList();
    }

    /** Built-in versions overlaid by stored ones, per template newest first, with notice counts per version. */
    private record Catalogue(Map<String, List<Version>> byId) {
    }

    /** {@code countUses}: also count the notices per version (reads every notice: for the screens only). */
    private Catalogue catalogue(boolean countUses) {
        return database.inTransaction(c -> {
            Map<String, Long> uses = new HashMap<>();
            for (Notice n : countUses ? notices.list(c, null) : List.<Notice>of()) {
                uses.merge(n.templateId() + "@" + n.templateVersion(), 1L, Long::sum);
            }
            Map<String, Map<Integer, Version>> versions = new LinkedHashMap<>();
            for (NoticeTemplate t : builtIn.all()) {
                versions.computeIfAbsent(t.id(), k -> new HashMap<>()).put(t.version(),
                        new Version(t, null, null, uses.getOrDefault(t.id() + "@" + t.version(), 0L)));
            }
            for (TemplateStore.Stored s : store.all(c)) {
                NoticeTemplate t = s.template();
                versions.computeIfAbsent(t.id(), k -> new HashMap<>()).put(t.version(), new Version(t, s.publishedAt(),
                        s.publishedBy(), uses.getOrDefault(t.id() + "@" + t.version(), 0L)));
            }
            Map<String, List<Version>> byId = new LinkedHashMap<>();
            versions.forEach((id, v) -> {
                List<Version> newestFirst = new ArrayList<>(v.values().stream()
                        .sorted(Comparator.comparingInt((Version x) -> x.template().version()).reversed()).toList());
                // notices with no recorded version (0: imported, or written before versions were kept) render with
                // the newest one, so they count there — else a template in use would look unused
                long unrecorded = uses.getOrDefault(id + "@0", 0L);
                if (unrecorded > 0) {
                    Version newest = newestFirst.getFirst();
                    newestFirst.set(0, new Version(newest.template(), newest.publishedAt(), newest.publishedBy(),
                            newest.inUse() + unrecorded));
                }
                byId.put(id, List.copyOf(newestFirst));
            });
            return new Catalogue(byId);
        });
    }

    /** The version a notice was written with; 0 or a version not known here: the newest. */
    public Optional<NoticeTemplate> version(String id, int version) {
        List<Version> versions = catalogue(false).byId().getOrDefault(id, List.of());
        return versions.stream().map(Version::template).filter(t -> t.version() == version).findFirst()
                .or(() -> versions.stream().findFirst().map(Version::template));
    }

    /** The newest version of {@code id}, if known. */
    public Optional<NoticeTemplate> newest(String id) {
        return Optional.ofNullable(catalogue(false).byId().get(id)).map(v -> v.getFirst().template());
    }
}

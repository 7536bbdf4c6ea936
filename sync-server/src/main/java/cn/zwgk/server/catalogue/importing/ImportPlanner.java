package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.ItemKind;
import cn.zwgk.core.validation.Violations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Works out an {@link ImportPlan} from the rows of a file and the items in the catalogue; writes nothing. */
final class ImportPlanner {
    static final int PROGRESS_EVERY = 500;

    private final Instant now;

    ImportPlanner(Instant now) {
        this.now = now;
    }

    ImportPlan plan(String fileName, List<SheetRow> rows, ColumnMapping mapping, ImportOptions options,
            Map<String, String> domainKeys, List<CatalogueItem> existing, ImportProgress progress) {
        Set<String> domains = new TreeSet<>();
        if (options.domainCode() != null) {
            domains.add(options.domainCode());
        }
        if (!mapping.missing().isEmpty()) {
            return new ImportPlan(fileName, mapping, List.of(), List.of(), List.of(), List.of(), 0, 0, domains, "");
        }
        Map<String, CatalogueItem> byKey = new HashMap<>();
        for (CatalogueItem i : existing) {
            if (i.kind() == ItemKind.ITEM) {
                byKey.putIfAbsent(ImportedRow.matchKey(i.domainCode(), i.level1(), i.name()), i);
            }
        }
        boolean fileHasUrls = mapping.columns().containsKey(Column.URL);
        RowParser parser = new RowParser(mapping, options.domainCode(), domainKeys);
        List<ItemChange> created = new ArrayList<>();
        List<ItemChange> changed = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Integer> rowOfKey = new HashMap<>();
        Set<String> rejectedNames = new HashSet<>();
        int unchanged = 0;
        int blank = 0;
        int done = 0;
        List<SheetRow> data = rows.stream().filter(r -> r.number() >= mapping.firstData()).toList();
        for (SheetRow row : data) {
            if (++done % PROGRESS_EVERY == 0) {
                progress.update("检查数据", done, data.size());
            }
            if (row.isBlank() || parser.isHeaderAgain(row)) {
                blank++;
                continue;
            }
            ImportedRow r;
            try {
                r = parser.parse(row);
            } catch (RowParser.Rejected e) {
                rejected.add(new RejectedRow(row.number(), e.getMessage()));
                row.cells().forEach(cell -> rejectedNames.add(ChineseText.key(cell)));
                continue;
            }
            Integer earlier = rowOfKey.putIfAbsent(r.matchKey(), r.rowNumber());
            if (earlier != null) {
                rejected.add(new RejectedRow(r.rowNumber(), "与第 " + earlier + " 行重复（同一领域、一级事项和二级事项）"));
                continue;
            }
            domains.add(r.domainCode());
            CatalogueItem before = byKey.get(r.matchKey());
            CatalogueItem after = before == null ? create(r) : update(before, r, fileHasUrls);
            Violations v = after.validate();
            if (!v.isEmpty()) {
                rejected.add(new RejectedRow(r.rowNumber(),
                        v.list().stream().map(x -> "「" + x.label() + "」" + x.problem()).collect(Collectors.joining("；"))));
                rejectedNames.add(ChineseText.key(r.name()));
            } else if (before == null) {
                created.add(new ItemChange(r.rowNumber(), null, after, List.of()));
            } else {
                List<String> diff = differences(before, after);
                if (diff.isEmpty()) {
                    unchanged++;
                } else {
                    changed.add(new ItemChange(r.rowNumber(), before, after, diff));
                }
            }
        }
        progress.update("检查数据", data.size(), data.size());
        List<CatalogueItem> inScope = existing.stream().filter(i -> domains.contains(i.domainCode())).toList();
        List<CatalogueItem> retired = !options.retireMissing() ? List.of() : inScope.stream()
                .filter(i -> i.kind() == ItemKind.ITEM)
                .filter(i -> !rowOfKey.containsKey(ImportedRow.matchKey(i.domainCode(), i.level1(), i.name())))
                .filter(i -> !rejectedNames.contains(ChineseText.key(i.name())))
                .sorted(Comparator.comparingInt(CatalogueItem::serialNo))
                .toList();
        return new ImportPlan(fileName, mapping, created, changed, retired, rejected, unchanged, blank, domains,
                fingerprint(inScope));
    }

    private CatalogueItem create(ImportedRow r) {
        return new CatalogueItem(UUID.randomUUID().toString(), ItemKind.ITEM, r.domainCode(), r.serialNo(), r.level1(),
                r.name(), null, r.content(), r.basis(), r.timeLimit(), r.body(), r.channels(), r.audience(), r.method(),
                r.levels(), r.url(), null, List.of(), language(r), 1, now);
    }

    private CatalogueItem update(CatalogueItem b, ImportedRow r, boolean fileHasUrls) {
        return new CatalogueItem(b.id(), b.kind(), r.domainCode(), r.serialNo(), r.level1(), r.name(), b.level3(),
                r.content(), r.basis(), r.timeLimit(), r.body(), r.channels(), r.audience(), r.method(), r.levels(),
                fileHasUrls ? r.url() : b.onlineUrl(), b.document(), b.links(), language(r), b.version() + 1, now);
    }

    private static String language(ImportedRow r) {
        return ChineseText.language(r.level1(), r.name(), r.content(), r.basis(), r.timeLimit(), r.body());
    }

    /** Chinese names of the standard elements that differ (version and time aside). */
    static List<String> differences(CatalogueItem a, CatalogueItem b) {
        List<String> d = new ArrayList<>();
        diff(d, "序号", a.serialNo(), b.serialNo());
        diff(d, "一级事项", a.level1(), b.level1());
        diff(d, "二级事项", a.name(), b.name());
        diff(d, "三级事项", a.level3(), b.level3());
        diff(d, "公开内容", a.content(), b.content());
        diff(d, "公开依据", a.basis(), b.basis());
        diff(d, "公开时限", a.timeLimit(), b.timeLimit());
        diff(d, "公开主体", a.responsibleBody(), b.responsibleBody());
        diff(d, "公开渠道和载体", a.channels(), b.channels());
        diff(d, "公开对象", a.audience(), b.audience());
        diff(d, "公开方式", a.method(), b.method());
        diff(d, "公开层级", a.levels(), b.levels());
        diff(d, "网上链接", a.onlineUrl(), b.onlineUrl());
        diff(d, "语言", a.language(), b.language());
        return d;
    }

    private static void diff(List<String> out, String label, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(label);
        }
    }

    /** Identifies the state of a set of items: any create, change or delete among them changes it. */
    static String fingerprint(List<CatalogueItem> items) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            items.stream().sorted(Comparator.comparing(CatalogueItem::id))
                    .forEach(i -> sha.update((i.id() + ":" + i.version() + ";").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

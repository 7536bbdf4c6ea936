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

    /** Every table of the file: recognised, read and compared with {@code existing}. */
    ImportPlan plan(String fileName, List<SourceSheet> sheets, ImportOptions options, Map<String, String> domainKeys,
            List<CatalogueItem> existing, ImportProgress progress) {
        Set<String> domains = new TreeSet<>();
        List<String> notes = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Set<String> rejectedNames = new HashSet<>();
        List<ImportedRow> read = new ArrayList<>();
        List<SheetRead> catalogueSheets = new ArrayList<>();
        ColumnMapping incomplete = null;
        int blank = 0;
        int total = sheets.stream().mapToInt(sh -> sh.rows().size()).sum();
        int done = 0;
        for (SourceSheet sheet : sheets) {
            ColumnMapping mapping = ColumnMapping.detect(sheet.rows()).with(options.mapping());
            if (!mapping.isCatalogue()) {
                notes.add((sheet.lettered() ? "工作表" : "") + "「" + sheet.name() + "」不是目录（没有找到「二级事项」「公开主体」等表头），已跳过");
                catalogueSheets.add(new SheetRead(sheet, null, null));
                done += sheet.rows().size();
                continue;
            }
            String sheetDomain = sheetDomain(sheet, mapping, options, domainKeys);
            catalogueSheets.add(new SheetRead(sheet, mapping, sheetDomain));
            if (!mapping.missing().isEmpty()) {
                incomplete = incomplete == null ? mapping : incomplete;
                done += sheet.rows().size();
                continue;
            }
            if (sheetDomain != null && !mapping.has(Column.DOMAIN)) {
                domains.add(sheetDomain);
            }
            RowParser parser = new RowParser(sheet, mapping, sheetDomain, domainKeys);
            List<ImportedRow> ofSheet = new ArrayList<>();
            for (SheetRow row : sheet.rows()) {
                if (++done % PROGRESS_EVERY == 0) {
                    progress.update("检查数据", done, total);
                }
                if (row.number() < mapping.firstData()) {
                    continue;
                }
                if (row.isBlank() || parser.isHeaderAgain(row)) {
                    blank++;
                    continue;
                }
                if (RowParser.isFootnote(row)) {
                    notes.add(where(sheet, row.number()) + "是注释（" + shorten(row.distinctValues().getFirst()) + "），已跳过");
                    continue;
                }
                try {
                    ofSheet.add(parser.parse(row));
                } catch (RowParser.Rejected e) {
                    rejected.add(new RejectedRow(sheet.name(), row.number(), e.getMessage()));
                    row.cells().forEach(cell -> rejectedNames.add(ChineseText.key(RowParser.oneLine(cell))));
                }
            }
            read.addAll(renumbered(sheet, ofSheet, notes));
        }
        progress.update("检查数据", total, total);
        ColumnMapping first = incomplete != null ? incomplete : catalogueSheets.stream()
                .map(SheetRead::mapping).filter(Objects::nonNull).findFirst().orElseThrow();

        Map<String, CatalogueItem> byKey = new HashMap<>();
        for (CatalogueItem i : existing) {
            if (i.kind() == ItemKind.ITEM) {
                byKey.putIfAbsent(ImportedRow.matchKey(i.domainCode(), i.level1(), i.name(), i.level3()), i);
            }
        }
        List<ItemChange> created = new ArrayList<>();
        List<ItemChange> changed = new ArrayList<>();
        List<ItemChange> same = new ArrayList<>();
        Map<String, ImportedRow> rowOfKey = new HashMap<>();
        for (ImportedRow r : read) {
            ImportedRow earlier = rowOfKey.putIfAbsent(r.matchKey(), r);
            if (earlier != null) {
                rejected.add(new RejectedRow(r.sheet(), r.rowNumber(), "与" + (earlier.sheet().equals(r.sheet()) ? ""
                        : "「" + earlier.sheet() + "」") + "第 " + earlier.rowNumber() + " 行重复（同一领域、一级事项和二级事项）"));
                continue;
            }
            domains.add(r.domainCode());
            CatalogueItem before = byKey.get(r.matchKey());
            CatalogueItem after = before == null ? create(r) : update(before, r, first.has(Column.URL));
            Violations v = after.validate();
            if (!v.isEmpty()) {
                rejected.add(new RejectedRow(r.sheet(), r.rowNumber(),
                        v.list().stream().map(x -> "「" + x.label() + "」" + x.problem()).collect(Collectors.joining("；"))));
                rejectedNames.add(ChineseText.key(r.name()));
            } else if (before == null) {
                created.add(new ItemChange(r.sheet(), r.rowNumber(), null, after, List.of()));
            } else {
                List<String> diff = differences(before, after);
                if (diff.isEmpty()) {
                    same.add(new ItemChange(r.sheet(), r.rowNumber(), before, before, List.of()));
                } else {
                    changed.add(new ItemChange(r.sheet(), r.rowNumber(), before, after, diff));
                }
            }
        }
        rejected.sort(Comparator.comparingInt((RejectedRow x) -> sheetIndex(sheets, x.sheet()))
                .thenComparingInt(RejectedRow::rowNumber));
        List<CatalogueItem> inScope = existing.stream().filter(i -> domains.contains(i.domainCode())).toList();
        List<CatalogueItem> retired = !options.retireMissing() || incomplete != null ? List.of() : inScope.stream()
                .filter(i -> i.kind() == ItemKind.ITEM)
                .filter(i -> !rowOfKey.containsKey(ImportedRow.matchKey(i.domainCode(), i.level1(), i.name(), i.level3())))
                .filter(i -> !rejectedNames.contains(ChineseText.key(i.name())))
                .sorted(Comparator.comparingInt(CatalogueItem::serialNo))
                .toList();
        List<ImportPlan.SheetSummary> summaries = catalogueSheets.stream().map(sr -> new ImportPlan.SheetSummary(
                sr.sheet().name(), sr.domainCode(), sr.mapping(), count(created, sr), count(changed, sr), count(same, sr),
                (int) rejected.stream().filter(x -> x.sheet().equals(sr.sheet().name())).count())).toList();
        return new ImportPlan(fileName, first, summaries, created, changed, same, retired, rejected, blank, domains,
                fingerprint(inScope), notes);
    }

    /** A sheet as the planner took it: its mapping (null when it is no catalogue) and its domain. */
    private record SheetRead(SourceSheet sheet, ColumnMapping mapping, String domainCode) {
    }

    private static int count(List<ItemChange> changes, SheetRead sheet) {
        return (int) changes.stream().filter(c -> c.sheet().equals(sheet.sheet().name())).count();
    }

    private static int sheetIndex(List<SourceSheet> sheets, String name) {
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).name().equals(name)) {
                return i;
            }
        }
        return sheets.size();
    }

    /**
     * The domain of a sheet's rows without a 领域 cell: the sheet named after a domain (简 or 繁, with or without
     * 领域), else the one staff chose, else a domain named in the title above the header.
     */
    static String sheetDomain(SourceSheet sheet, ColumnMapping mapping, ImportOptions options,
            Map<String, String> domainKeys) {
        String byName = domainKeys.get(ChineseText.key(sheet.name()).replaceAll("(领域)?(目录)?$", ""));
        if (byName == null) {
            byName = domainKeys.get(ChineseText.key(sheet.name()));
        }
        if (byName != null) {
            return byName;
        }
        if (options.domainCode() != null) {
            return options.domainCode();
        }
        StringBuilder title = new StringBuilder(ChineseText.key(sheet.caption()));
        sheet.rows().stream().filter(r -> r.number() < mapping.headerRow())
                .forEach(r -> r.distinctValues().forEach(v -> title.append(ChineseText.key(v))));
        String found = null;
        int longest = 1;
        for (Map.Entry<String, String> e : domainKeys.entrySet()) {
            if (e.getKey().length() > longest && title.indexOf(e.getKey()) >= 0) {
                found = e.getValue();
                longest = e.getKey().length();
            }
        }
        return found;
    }

    /**
     * Rows in file order, numbered by their typed 序号 where it rises through the sheet's domain; where it
     * restarts (per 一级事项, as many catalogues number) or is missing, by their position instead.
     */
    private static List<ImportedRow> renumbered(SourceSheet sheet, List<ImportedRow> rows, List<String> notes) {
        Map<String, List<ImportedRow>> byDomain = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byDomain.computeIfAbsent(r.domainCode(), d -> new ArrayList<>()).add(r));
        Set<String> restart = new HashSet<>();
        byDomain.forEach((domain, list) -> {
            int last = Integer.MIN_VALUE;
            for (ImportedRow r : list) {
                if (!r.typedSerial() || r.serialNo() <= last) {
                    restart.add(domain);
                    break;
                }
                last = r.serialNo();
            }
        });
        if (restart.isEmpty()) {
            return rows;
        }
        if (rows.stream().anyMatch(ImportedRow::typedSerial)) {
            notes.add(where(sheet, 0) + "的序号不是一路递增（如按一级事项重新编号），已按表中顺序重新编号");
        }
        Map<String, Integer> next = new HashMap<>();
        return rows.stream().map(r -> restart.contains(r.domainCode())
                ? r.numbered(next.merge(r.domainCode(), 1, Integer::sum)) : r).toList();
    }

    private static String where(SourceSheet sheet, int row) {
        return (sheet.lettered() ? "工作表" : "") + "「" + sheet.name() + "」" + (row > 0 ? "第 " + row + " 行" : "");
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 30 ? one.substring(0, 30) + "…" : one;
    }

    private CatalogueItem create(ImportedRow r) {
        return new CatalogueItem(UUID.randomUUID().toString(), ItemKind.ITEM, r.domainCode(), r.serialNo(), r.level1(),
                r.name(), r.level3(), r.content(), r.basis(), r.timeLimit(), r.body(), r.channels(), r.audience(), r.method(),
                r.levels(), r.url(), null, List.of(), language(r), 1, now);
    }

    private CatalogueItem update(CatalogueItem b, ImportedRow r, boolean fileHasUrls) {
        return new CatalogueItem(b.id(), b.kind(), r.domainCode(), r.serialNo(), r.level1(), r.name(), r.level3(),
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

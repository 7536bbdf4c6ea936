package cn.zwgk.core.dataset;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.calendar.WorkingCalendar;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.site.Site;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.validation.Violation;
import cn.zwgk.core.validation.Violations;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The import file format: JSON Lines, one record per line, {@code {"type":"item","data":{...}}} with
 * type one of {@code domain}, {@code site}, {@code item}, {@code notice}, {@code template}, {@code calendar}. Blank lines and lines starting
 * with {@code #} are ignored. Reading validates every row and every reference, and refuses the file
 * whole (with each bad row's number and reason) when anything is wrong.
 */
public final class DatasetFile {
    private static final int MAX_PROBLEMS_REPORTED = 50;

    private DatasetFile() {
    }

    public static void write(Dataset dataset, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# 政务公开 dataset: one JSON record per line\n");
            for (Domain d : dataset.domains()) {
                writeLine(out, "domain", d);
            }
            for (Site s : dataset.sites()) {
                writeLine(out, "site", s);
            }
            for (CatalogueItem i : dataset.items()) {
                writeLine(out, "item", i);
            }
            for (Notice n : dataset.notices()) {
                writeLine(out, "notice", n);
            }
            for (NoticeTemplate t : dataset.templates()) {
                writeLine(out, "template", t);
            }
            for (WorkingCalendar c : dataset.calendars()) {
                writeLine(out, "calendar", c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writeLine(BufferedWriter out, String type, Record data) throws IOException {
        var line = SyncJson.mapper().createObjectNode();
        line.put("type", type);
        line.set("data", SyncJson.tree(data));
        out.write(SyncJson.write(line));
        out.write('\n');
    }

    /**
     * Reads and checks a file. References (an item's domain, a notice's or site's parent site) must
     * resolve within the file or among {@code knownDomains} / {@code knownSites} already stored.
     */
    public static Dataset read(Path file, Set<String> knownDomains, Set<String> knownSites) {
        List<Domain> domains = new ArrayList<>();
        List<Site> sites = new ArrayList<>();
        List<CatalogueItem> items = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        List<NoticeTemplate> templates = new ArrayList<>();
        List<WorkingCalendar> calendars = new ArrayList<>();
        List<Long> itemRows = new ArrayList<>();
        List<Long> noticeRows = new ArrayList<>();
        List<Long> siteRows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();

        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long row = 0;
            while ((line = in.readLine()) != null) {
                row++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    JsonNode node = SyncJson.mapper().readTree(line);
                    String type = node.path("type").asString("");
                    JsonNode data = node.get("data");
                    if (data == null || !data.isObject()) {
                        problems.add(new RowProblem(row, "缺少 data 对象"));
                        continue;
                    }
                    Record record = switch (type) {
                        case "domain" -> add(domains, SyncJson.convert(data, Domain.class));
                        case "site" -> add(sites, SyncJson.convert(data, Site.class), siteRows, row);
                        case "item" -> add(items, SyncJson.convert(data, CatalogueItem.class), itemRows, row);
                        case "notice" -> add(notices, SyncJson.convert(data, Notice.class), noticeRows, row);
                        case "template" -> add(templates, SyncJson.convert(data, NoticeTemplate.class));
                        case "calendar" -> add(calendars, SyncJson.convert(data, WorkingCalendar.class));
                        default -> null;
                    };
                    if (record == null) {
                        problems.add(new RowProblem(row, "未知的记录类型 \"" + type + "\"（应为 domain、site、item、notice、template 或 calendar）"));
                        continue;
                    }
                    Violations v = validate(record);
                    for (Violation violation : v.list()) {
                        problems.add(new RowProblem(row, violation.message()));
                    }
                    String key = type + ":" + idOf(record);
                    if (!ids.add(key)) {
                        problems.add(new RowProblem(row, "重复的标识 " + idOf(record)));
                    }
                } catch (JacksonException | cn.zwgk.core.sync.SyncProtocolException e) {
                    problems.add(new RowProblem(row, "不是有效的记录：" + firstLine(e.getMessage())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }

        Set<String> domainCodes = new HashSet<>(knownDomains);
        domains.forEach(d -> domainCodes.add(d.code()));
        Set<String> siteCodes = new HashSet<>(knownSites);
        sites.forEach(s -> siteCodes.add(s.code()));
        for (int i = 0; i < items.size(); i++) {
            if (!domainCodes.contains(items.get(i).domainCode())) {
                problems.add(new RowProblem(itemRows.get(i), "「所属领域」(domainCode)：领域 "
                        + items.get(i).domainCode() + " 不存在"));
            }
        }
        for (int i = 0; i < sites.size(); i++) {
            String parent = sites.get(i).parentCode();
            if (parent != null && !siteCodes.contains(parent)) {
                problems.add(new RowProblem(siteRows.get(i), "「上级站点」(parentCode)：站点 " + parent + " 不存在"));
            }
        }
        for (int i = 0; i < notices.size(); i++) {
            if (!siteCodes.contains(notices.get(i).siteCode())) {
                problems.add(new RowProblem(noticeRows.get(i), "「发布站点」(siteCode)：站点 "
                        + notices.get(i).siteCode() + " 不存在"));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Long.compare(a.row(), b.row()));
            throw new ImportFileException(file.getFileName().toString(),
                    problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_REPORTED)));
        }
        return new Dataset(domains, sites, items, notices, templates, calendars);
    }

    private static <T extends Record> T add(List<T> list, T record) {
        list.add(record);
        return record;
    }

    private static <T extends Record> T add(List<T> list, T record, List<Long> rows, long row) {
        rows.add(row);
        return add(list, record);
    }

    private static Violations validate(Record record) {
        return switch (record) {
            case Domain d -> d.validate();
            case Site s -> s.validate();
            case CatalogueItem i -> i.validate();
            case Notice n -> n.validate();
            case NoticeTemplate t -> t.validate();
            case WorkingCalendar c -> c.validate();
            default -> throw new IllegalArgumentException("not a dataset record: " + record);
        };
    }

    private static String idOf(Record record) {
        return switch (record) {
            case Domain d -> d.code();
            case Site s -> s.code();
            case CatalogueItem i -> i.id();
            case Notice n -> n.id();
            case NoticeTemplate t -> t.id();
            case WorkingCalendar c -> c.id();
            default -> throw new IllegalArgumentException("not a dataset record: " + record);
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.catalogue.CatalogueItem;
import java.util.List;
import java.util.Set;

/**
 * The dry run of an import: what would be created, changed and retired, and every rejected row. Nothing
 * has been written; {@link CatalogueImportService#apply} writes exactly this, or nothing if the catalogue
 * changed in between.
 *
 * @param mapping     the mapping of the first catalogue sheet that lacks a column, else of the first one
 * @param sheets      every table of the file, catalogue or not, in file order
 * @param same        rows that match an item exactly (nothing to write)
 * @param domains     the domains the file's items belong to (retirement looks only inside them)
 * @param blankRows   empty rows and repeated headers skipped
 * @param baseVersion fingerprint of the domains' items when the plan was made
 * @param notes       what was skipped and why, in Chinese (sheets that are no catalogue, footnotes, renumbering)
 */
public record ImportPlan(String fileName, ColumnMapping mapping, List<SheetSummary> sheets, List<ItemChange> created,
        List<ItemChange> changed, List<ItemChange> same, List<CatalogueItem> retired, List<RejectedRow> rejected,
        int blankRows, Set<String> domains, String baseVersion, List<String> notes) {

    /**
     * One table of the file as the preview shows it.
     *
     * @param domainCode the domain of its rows without a 领域 cell, or null
     * @param mapping    null when the sheet is no catalogue (skipped)
     */
    public record SheetSummary(String name, String domainCode, ColumnMapping mapping, int created, int changed,
            int unchanged, int rejected) {

        public boolean isCatalogue() {
            return mapping != null;
        }
    }

    public ImportPlan {
        sheets = List.copyOf(sheets);
        created = List.copyOf(created);
        changed = List.copyOf(changed);
        same = List.copyOf(same);
        retired = List.copyOf(retired);
        rejected = List.copyOf(rejected);
        domains = Set.copyOf(domains);
        notes = List.copyOf(notes);
    }

    /** Rows that match an item exactly. */
    public int unchanged() {
        return same.size();
    }

    /** Every catalogue sheet's columns found and something to write. */
    public boolean canApply() {
        return sheets.stream().filter(SheetSummary::isCatalogue).allMatch(s -> s.mapping().missing().isEmpty())
                && mapping.missing().isEmpty() && created.size() + changed.size() + retired.size() > 0;
    }

    /** e.g. "新增 12 项，修改 3 项，停用 1 项，未变 200 项，拒绝 2 行". */
    public String summary() {
        return "新增 " + created.size() + " 项，修改 " + changed.size() + " 项，停用 " + retired.size() + " 项，未变 "
                + same.size() + " 项，拒绝 " + rejected.size() + " 行";
    }
}

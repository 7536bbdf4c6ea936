package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.catalogue.CatalogueItem;
import java.util.List;
import java.util.Set;

/**
 * The dry run of an import: what would be created, changed and retired, and every rejected row. Nothing
 * has been written; {@link CatalogueImportService#apply} writes exactly this, or nothing if the catalogue
 * changed in between.
 *
 * @param domains     the domains the file's items belong to (retirement looks only inside them)
 * @param unchanged   rows that match an item exactly
 * @param blankRows   empty rows skipped
 * @param baseVersion fingerprint of the domains' items when the plan was made
 */
public record ImportPlan(String fileName, ColumnMapping mapping, List<ItemChange> created, List<ItemChange> changed,
        List<CatalogueItem> retired, List<RejectedRow> rejected, int unchanged, int blankRows, Set<String> domains,
        String baseVersion) {

    public ImportPlan {
        created = List.copyOf(created);
        changed = List.copyOf(changed);
        retired = List.copyOf(retired);
        rejected = List.copyOf(rejected);
        domains = Set.copyOf(domains);
    }

    /** Columns found and something to write. */
    public boolean canApply() {
        return mapping.missing().isEmpty() && created.size() + changed.size() + retired.size() > 0;
    }

    /** e.g. "新增 12 项，修改 3 项，停用 1 项，未变 200 项，拒绝 2 行". */
    public String summary() {
        return "新增 " + created.size() + " 项，修改 " + changed.size() + " 项，停用 " + retired.size() + " 项，未变 "
                + unchanged + " 项，拒绝 " + rejected.size() + " 行";
    }
}

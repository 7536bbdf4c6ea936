package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.catalogue.CatalogueItem;
import java.util.List;

/**
 * An item the import creates ({@code before} null), changes, or finds unchanged ({@code before} equals
 * {@code after}, nothing written).
 *
 * @param sheet         the sheet (or Word table) it comes from
 * @param rowNumber     the spreadsheet row it comes from
 * @param changedFields the Chinese names of the columns that differ (empty for a new or unchanged item)
 */
public record ItemChange(String sheet, int rowNumber, CatalogueItem before, CatalogueItem after,
        List<String> changedFields) {

    public ItemChange {
        changedFields = List.copyOf(changedFields);
    }
}

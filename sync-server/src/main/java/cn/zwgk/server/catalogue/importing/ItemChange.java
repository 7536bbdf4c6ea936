package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.catalogue.CatalogueItem;
import java.util.List;

/**
 * An item the import creates ({@code before} null) or changes.
 *
 * @param rowNumber     the spreadsheet row it comes from
 * @param changedFields the Chinese names of the columns that differ (empty for a new item)
 */
public record ItemChange(int rowNumber, CatalogueItem before, CatalogueItem after, List<String> changedFields) {

    public ItemChange {
        changedFields = List.copyOf(changedFields);
    }
}

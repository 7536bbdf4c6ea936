package db.central;

import cn.zwgk.core.catalogue.LevelsMigration;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V13: 公开层级 became a set of levels (issue 15). Every catalogue item and every version in its history keeps
 * its row and its fields; its payload gains {@code levels} from its old single {@code level}. The change log is
 * left as written: readers take an old payload as its one level ({@code SyncJson}).
 */
public class V13__Catalogue_levels extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        LevelsMigration.upgrade(context.getConnection(), "catalogue_item", "id");
        LevelsMigration.upgrade(context.getConnection(), "catalogue_item_history", "id");
    }
}

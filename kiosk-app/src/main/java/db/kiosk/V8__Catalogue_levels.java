package db.kiosk;

import cn.zwgk.core.catalogue.LevelsMigration;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V8: 公开层级 became a set of levels (issue 15). Every stored catalogue item keeps its row; its payload gains
 * {@code levels} from its old single {@code level}.
 */
public class V8__Catalogue_levels extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        LevelsMigration.upgrade(context.getConnection(), "catalogue_item", "id");
    }
}

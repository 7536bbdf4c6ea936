package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.sync.SyncJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An {@link ImportPlan} as the one JSON object scripts read ({@code import-catalogue --json}); the shape is a
 * contract, field names and order included:
 * <pre>{"items":[{"sheet","row","domainCode","level1","name","level3","responsibleBody","audience","method",
 * "levels":[…],"channels":[…],"action":"CREATE|CHANGE|UNCHANGED"}],"rejected":[{"sheet","row","reason"}],
 * "retired":[{"id","level1","name"}],"notes":[…]}</pre>
 * Items and rejected rows in file order; {@code responsibleBody} is the bodies joined by 、.
 */
public final class ImportPlanJson {
    private ImportPlanJson() {
    }

    public static String of(ImportPlan plan) {
        ObjectNode root = SyncJson.mapper().createObjectNode();
        List<String> sheetOrder = plan.sheets().stream().map(ImportPlan.SheetSummary::name).toList();
        List<Object[]> items = new ArrayList<>();
        plan.created().forEach(c -> items.add(new Object[] {c, "CREATE"}));
        plan.changed().forEach(c -> items.add(new Object[] {c, "CHANGE"}));
        plan.same().forEach(c -> items.add(new Object[] {c, "UNCHANGED"}));
        items.sort(Comparator.comparingInt((Object[] x) -> sheetOrder.indexOf(((ItemChange) x[0]).sheet()))
                .thenComparingInt(x -> ((ItemChange) x[0]).rowNumber()));
        ArrayNode itemArray = root.putArray("items");
        for (Object[] x : items) {
            ItemChange c = (ItemChange) x[0];
            CatalogueItem i = c.after();
            ObjectNode o = itemArray.addObject();
            o.put("sheet", c.sheet());
            o.put("row", c.rowNumber());
            o.put("domainCode", i.domainCode());
            o.put("level1", i.level1());
            o.put("name", i.name());
            o.put("level3", i.level3());
            o.put("responsibleBody", String.join(CatalogueItem.BODY_SEPARATOR, i.responsibleBodies()));
            o.put("audience", i.audience().name());
            o.put("method", i.method().name());
            ArrayNode levels = o.putArray("levels");
            i.levels().forEach(l -> levels.add(l.name()));
            ArrayNode channels = o.putArray("channels");
            i.channels().forEach(channels::add);
            o.put("action", (String) x[1]);
        }
        ArrayNode rejected = root.putArray("rejected");
        for (RejectedRow r : plan.rejected()) {
            rejected.addObject().put("sheet", r.sheet()).put("row", r.rowNumber()).put("reason", r.reason());
        }
        ArrayNode retired = root.putArray("retired");
        for (CatalogueItem i : plan.retired()) {
            retired.addObject().put("id", i.id()).put("level1", i.level1()).put("name", i.name());
        }
        ArrayNode notes = root.putArray("notes");
        plan.notes().forEach(notes::add);
        return SyncJson.write(root);
    }
}

package cn.zwgk.kiosk.catalogue;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.DocumentMetadata;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The elements of the standard catalogue for one entry, then the document block when it is a published
 * document. Standard elements always show (a missing one says so); optional document fields show only
 * when present.
 */
class ItemElements extends Div {

    ItemElements(CatalogueItem item) {
        addClassName("item-main");
        DescriptionList elements = new DescriptionList();
        elements.addClassName("item-elements");
        String kind = item.kind() == null ? "ITEM" : item.kind().name();
        always(elements, label("catalogue.item.name", kind), item.name());
        always(elements, getTranslation("catalogue.item.level1"), item.level1());
        always(elements, label("catalogue.item.content", kind), item.content());
        always(elements, getTranslation("catalogue.item.basis"), item.basis());
        always(elements, getTranslation("catalogue.item.timeLimit"), item.timeLimit());
        always(elements, getTranslation("catalogue.item.responsibleBody"), item.responsibleBody());
        always(elements, getTranslation("catalogue.item.method"),
                item.method() == null ? null : getTranslation("catalogue.method." + item.method().name()));
        always(elements, getTranslation("catalogue.item.channels"),
                item.channels().stream().filter(c -> c != null && !c.isBlank()).collect(Collectors.joining("、")));
        always(elements, getTranslation("catalogue.item.audience"),
                item.audience() == null ? null : getTranslation("catalogue.audience." + item.audience().name()));
        always(elements, getTranslation("catalogue.item.level"),
                item.levels().stream().map(l -> getTranslation("catalogue.level." + l.name()))
                        .collect(Collectors.joining("、")));
        add(elements);

        DocumentMetadata doc = item.document();
        if (doc != null) {
            DescriptionList meta = new DescriptionList();
            meta.addClassNames("item-elements", "document-elements");
            optional(meta, "catalogue.item.indexNo", doc.indexNo());
            optional(meta, "catalogue.item.documentNo", doc.documentNo());
            optional(meta, "catalogue.item.publisher", doc.publisher());
            optional(meta, "catalogue.item.writtenDate", date(doc.writtenDate()));
            optional(meta, "catalogue.item.publishedDate", date(doc.publishedDate()));
            optional(meta, "catalogue.item.topic", doc.topic());
            optional(meta, "catalogue.item.validity", doc.validity());
            H2 heading = new H2(getTranslation("catalogue.item.document"));
            add(heading, meta);
        }
    }

    private String label(String key, String kind) {
        return "ITEM".equals(kind) ? getTranslation(key) : getTranslation(key + "." + kind);
    }

    private void always(DescriptionList list, String label, String value) {
        DescriptionList.Description description;
        if (value == null || value.isBlank()) {
            description = new DescriptionList.Description(getTranslation("catalogue.item.missing"));
            description.addClassName("missing");
        } else {
            description = new DescriptionList.Description(value);
        }
        list.add(new DescriptionList.Term(label), description);
    }

    private void optional(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private String date(LocalDate date) {
        return date == null ? null
                : getTranslation("catalogue.item.date", String.valueOf(date.getYear()), date.getMonthValue(),
                        date.getDayOfMonth());
    }
}

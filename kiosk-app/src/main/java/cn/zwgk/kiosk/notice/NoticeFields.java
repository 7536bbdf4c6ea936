package cn.zwgk.kiosk.notice;

import cn.zwgk.core.notice.Notice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The template fields of a notice, readable at a glance: a list field whose lines split into the same
 * number of parts (张*明，3人，1200元/月) becomes a table, other multi-line values a list, the rest a paragraph.
 */
class NoticeFields extends Div {
    /** Fields in the order a resident reads them; names not listed follow in name order. */
    static final List<String> ORDER = List.of("subject", "households", "applicants", "recipients", "details",
            "summary", "total", "income", "expense", "balance", "materials", "steps", "process", "place", "hours",
            "time", "dates", "schedule", "schools", "signup", "contact");
    /** Template fields that have column headings in notice.properties ({@code notice.columns.<template>.<field>}). */
    static final Set<String> HEADED_TABLES = Set.of("subsistence-list.households", "elderly-subsidy.recipients",
            "disability-subsidy.recipients", "housing.households", "housing.applicants", "finance.income",
            "finance.expense");
    private static final String CELL_SEPARATOR = "[，：]";

    NoticeFields(Notice notice) {
        addClassName("notice-fields");
        List<String> names = new ArrayList<>(notice.fields().keySet());
        names.sort((a, b) -> {
            int ia = ORDER.indexOf(a);
            int ib = ORDER.indexOf(b);
            ia = ia < 0 ? Integer.MAX_VALUE : ia;
            ib = ib < 0 ? Integer.MAX_VALUE : ib;
            return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
        });
        for (String name : names) {
            String value = notice.fields().get(name);
            if (value == null || value.isBlank()) {
                continue;
            }
            String label = getTranslation(ORDER.contains(name) ? "notice.field." + name : "notice.field.other");
            Section field = new Section(new H2(label), render(notice.templateId(), name, label, value.strip()));
            field.addClassName("notice-field");
            add(field);
        }
    }

    private Component render(String templateId, String name, String label, String value) {
        List<String> lines = value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() <= 1) {
            Paragraph p = new Paragraph(value);
            p.addClassName("field-text");
            return p;
        }
        List<String[]> rows = lines.stream().map(l -> l.split(CELL_SEPARATOR)).toList();
        int columns = rows.getFirst().length;
        boolean tabular = columns >= 2 && rows.stream().allMatch(r -> r.length == columns);
        if (!tabular) {
            UnorderedList list = new UnorderedList();
            list.addClassName("field-list");
            lines.forEach(l -> list.add(new ListItem(l)));
            return list;
        }
        NativeTable table = new NativeTable();
        table.addClassName("field-table");
        table.getElement().setAttribute("aria-label", label);
        String key = templateId + "." + name;
        if (HEADED_TABLES.contains(key)) {
            String[] headings = getTranslation("notice.columns." + key).split(",");
            if (headings.length == columns) {
                NativeTableRow head = table.getHead().addRow();
                Arrays.stream(headings).forEach(h -> head.addHeaderCell().setText(h));
            }
        }
        for (String[] cells : rows) {
            NativeTableRow row = table.getBody().addRow();
            Arrays.stream(cells).forEach(c -> row.addDataCell().setText(c.strip()));
        }
        return table;
    }
}

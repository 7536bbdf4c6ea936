package cn.zwgk.kiosk.request;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A single choice as large touch tiles (a radio group for assistive technology): easier for elderly
 * residents than small radio buttons or a drop-down. The problem, if any, is shown right below.
 */
final class ChoiceTiles<T> extends Div {
    private final Paragraph error = new Paragraph();

    ChoiceTiles(String id, String question, List<T> options, Function<T, String> label, T selected, Consumer<T> onChoose) {
        setId(id);
        addClassName("choice-group");
        Paragraph legend = new Paragraph(question);
        legend.setId(id + "-label");
        legend.addClassName("choice-question");
        Div tiles = new Div();
        tiles.addClassName("choice-tiles");
        tiles.getElement().setAttribute("role", "radiogroup");
        tiles.getElement().setAttribute("aria-labelledby", id + "-label");
        for (T option : options) {
            NativeButton tile = new NativeButton(label.apply(option));
            tile.addClassName("choice-tile");
            tile.getElement().setAttribute("role", "radio");
            tile.getElement().setAttribute("data-value", String.valueOf(option));
            boolean on = option.equals(selected);
            tile.getElement().setAttribute("aria-checked", String.valueOf(on));
            tile.addClickListener(e -> onChoose.accept(option));
            tiles.add(tile);
        }
        error.addClassName("field-error");
        error.setId(id + "-error");
        error.setVisible(false);
        error.getElement().setAttribute("role", "alert");
        add(legend, tiles, error);
    }

    void showProblem(String problem) {
        error.setText(problem);
        error.setVisible(true);
        addClassName("invalid");
    }
}

package cn.zwgk.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "大字模式" (the root font size × 1.5: every size in the kiosk's CSS is in rem) and "高对比度"
 * (black, white and yellow): two big toggle buttons with {@code aria-pressed}. A toggle flips a class
 * on {@code <html>} in place, without reloading, and remembers it for this resident only.
 */
public class ComfortToggles extends Div {

    public ComfortToggles(ResidentSettings settings) {
        addClassName("comfort-toggles");
        add(toggle("ui.comfort.large-text", "large-text", settings::largeText, settings::setLargeText),
                toggle("ui.comfort.high-contrast", "high-contrast", settings::highContrast, settings::setHighContrast));
    }

    private NativeButton toggle(String labelKey, String htmlClass, Supplier<Boolean> state, Consumer<Boolean> change) {
        NativeButton button = new NativeButton(getTranslation(labelKey));
        button.addClassNames("tool-button", "comfort-button", htmlClass + "-toggle");
        button.getElement().setAttribute("aria-pressed", String.valueOf(state.get()));
        button.addClickListener(click -> {
            boolean on = !state.get();
            change.accept(on);
            button.getElement().setAttribute("aria-pressed", String.valueOf(on));
            button.getElement().executeJs("document.documentElement.classList.toggle($0, $1)", htmlClass, on);
        });
        return button;
    }
}

package cn.zwgk.kiosk.ui;

import cn.zwgk.kiosk.i18n.KioskI18NProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import java.util.Locale;

/**
 * 简 · 繁 · ᠮᠣᠩᠭᠣᠯ: three big buttons, each named in its own language (so they are not translated),
 * the current one marked pressed. Switching stores the choice for this resident and reloads the page,
 * so every view renders again in the new language.
 */
public class LanguageSwitch extends Div {

    public LanguageSwitch(ResidentSettings settings) {
        addClassName("language-switch");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("ui.language.label"));
        add(button("简", "zh-Hans", KioskI18NProvider.SIMPLIFIED, settings),
                button("繁", "zh-Hant", KioskI18NProvider.TRADITIONAL, settings),
                button("ᠮᠣᠩᠭᠣᠯ", "mn-Mong", KioskI18NProvider.MONGOLIAN, settings));
    }

    private NativeButton button(String autonym, String tag, Locale locale, ResidentSettings settings) {
        NativeButton button = new NativeButton(autonym);
        button.addClassNames("tool-button", "language-button");
        button.getElement().setAttribute("lang", tag);
        button.getElement().setAttribute("data-lang", tag);
        button.getElement().setAttribute("aria-pressed", String.valueOf(settings.language().equals(locale)));
        button.addClickListener(click -> {
            if (settings.language().equals(locale)) {
                return;
            }
            settings.setLanguage(locale);
            UI ui = click.getSource().getUI().orElseThrow();
            ui.getSession().setLocale(locale);
            ui.getPage().reload();
        });
        return button;
    }
}

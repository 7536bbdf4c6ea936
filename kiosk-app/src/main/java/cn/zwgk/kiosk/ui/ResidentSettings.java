package cn.zwgk.kiosk.ui;

import cn.zwgk.kiosk.i18n.KioskI18NProvider;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the resident at the screen chose: language, large text, high contrast. Lives in the
 * {@link VaadinSession}, so it survives a page reload (the language switch reloads) and is gone with
 * the session when the idle reset starts a fresh one: the next person always starts from the defaults.
 */
public final class ResidentSettings implements Serializable {
    private Locale language = KioskI18NProvider.SIMPLIFIED;
    private boolean largeText;
    private boolean highContrast;

    /** The settings of {@code session}, created with the defaults on first use. */
    public static ResidentSettings of(VaadinSession session) {
        ResidentSettings settings = session.getAttribute(ResidentSettings.class);
        if (settings == null) {
            settings = new ResidentSettings();
            session.setAttribute(ResidentSettings.class, settings);
        }
        return settings;
    }

    public Locale language() {
        return language;
    }

    public void setLanguage(Locale language) {
        this.language = KioskI18NProvider.variantOf(language);
    }

    public boolean largeText() {
        return largeText;
    }

    public void setLargeText(boolean largeText) {
        this.largeText = largeText;
    }

    public boolean highContrast() {
        return highContrast;
    }

    public void setHighContrast(boolean highContrast) {
        this.highContrast = highContrast;
    }

    /** True when anything differs from what a new resident gets. */
    public boolean isDefault() {
        return language.equals(KioskI18NProvider.SIMPLIFIED) && !largeText && !highContrast;
    }

    /** Classes for {@code <html>}: {@code large-text}, {@code high-contrast}, {@code lang-mn}. */
    public List<String> htmlClasses() {
        List<String> classes = new ArrayList<>();
        if (largeText) {
            classes.add("large-text");
        }
        if (highContrast) {
            classes.add("high-contrast");
        }
        if (language.equals(KioskI18NProvider.MONGOLIAN)) {
            classes.add("lang-mn");
        }
        return classes;
    }
}

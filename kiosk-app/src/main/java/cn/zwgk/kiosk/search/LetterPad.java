package cn.zwgk.kiosk.search;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;

/**
 * An on-screen pad for pinyin initials (A–Z in alphabetical order, which residents who never learnt a
 * keyboard layout find faster than QWERTY) with 删除 and 清空. A dumb component: it only fires events.
 */
class LetterPad extends Div {
    static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** A key was pressed: a letter, or {@code null} with {@code delete}/{@code clear} set. */
    static final class KeyEvent extends ComponentEvent<LetterPad> {
        private final Character letter;
        private final boolean clear;

        KeyEvent(LetterPad source, Character letter, boolean clear) {
            super(source, true);
            this.letter = letter;
            this.clear = clear;
        }

        Character letter() {
            return letter;
        }

        boolean isDelete() {
            return letter == null && !clear;
        }

        boolean isClear() {
            return clear;
        }
    }

    LetterPad() {
        addClassName("letter-pad");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("search.pad.label"));
        Paragraph hint = new Paragraph(getTranslation("search.pad.hint"));
        hint.addClassName("letter-pad-hint");
        Div keys = new Div();
        keys.addClassName("letter-pad-keys");
        for (char letter : LETTERS.toCharArray()) {
            NativeButton key = new NativeButton(String.valueOf(letter),
                    e -> fireEvent(new KeyEvent(this, letter, false)));
            key.addClassName("pad-key");
            key.setId("pad-key-" + letter);
            keys.add(key);
        }
        NativeButton delete = new NativeButton(getTranslation("search.pad.delete"),
                e -> fireEvent(new KeyEvent(this, null, false)));
        delete.addClassNames("pad-key", "pad-key-wide");
        delete.setId("pad-delete");
        NativeButton clear = new NativeButton(getTranslation("search.pad.clear"),
                e -> fireEvent(new KeyEvent(this, null, true)));
        clear.addClassNames("pad-key", "pad-key-wide");
        clear.setId("pad-clear");
        keys.add(delete, clear);
        add(hint, keys);
    }

    Registration addKeyListener(ComponentEventListener<KeyEvent> listener) {
        return addListener(KeyEvent.class, listener);
    }
}

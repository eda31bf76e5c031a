package nl.tafelwerk.shell;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import nl.tafelwerk.shared.Texts;

/** Switches the whole session between Dutch and English; the page reloads so every text follows. */
class LanguageSwitch extends Composite<Select<Locale>> {

    private static final String CHOSEN_LOCALE = LanguageSwitch.class.getName() + ".locale";

    /** Dutch unless this session chose English, whatever the browser asks for. */
    static Locale chosenLocale(VaadinSession session) {
        return session.getAttribute(CHOSEN_LOCALE) instanceof Locale chosen ? chosen : Texts.DUTCH;
    }

    LanguageSwitch() {
        Select<Locale> select = getContent();
        select.setItems(List.of(Texts.DUTCH, Texts.ENGLISH));
        select.setItemLabelGenerator(locale -> "en".equals(locale.getLanguage()) ? "English" : "Nederlands");
        select.setAriaLabel(getTranslation("shell.language"));
        select.addClassName("tw-language");
        select.setValue("en".equals(getLocale().getLanguage()) ? Texts.ENGLISH : Texts.DUTCH);
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(CHOSEN_LOCALE, event.getValue());
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}

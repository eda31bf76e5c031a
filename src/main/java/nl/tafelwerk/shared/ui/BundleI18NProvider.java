package nl.tafelwerk.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import nl.tafelwerk.shared.Texts;
import org.springframework.stereotype.Component;

/** Gives Vaadin the product's Dutch and English texts; Dutch comes first so it is the default. */
@Component
class BundleI18NProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Texts.DUTCH, Texts.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = "en".equals(locale.getLanguage()) ? Texts.ENGLISH : Texts.DUTCH;
        return Texts.get(effective, key, params);
    }
}

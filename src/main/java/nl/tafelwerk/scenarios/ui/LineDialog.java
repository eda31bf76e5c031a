package nl.tafelwerk.scenarios.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.tafelwerk.scenarios.Scenario;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.FieldFeedback;
import org.springframework.security.access.AccessDeniedException;

/**
 * Adds or changes one line of a scenario (a planned bouwsteen, milestone, amount, FTE or risk). A
 * refusal is shown at the field it names, or above the fields when it concerns the line (e.g. someone
 * else changed it); the dialog stays open with everything typed, so nothing is lost.
 */
final class LineDialog extends Dialog {

    /** Reads the inputs (a typing error is a {@link DomainException} naming the field) and saves through the service. */
    interface Save {
        Scenario save();
    }

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Paragraph problem = new Paragraph();

    LineDialog(String id, String title, Save save, Consumer<Scenario> saved) {
        setId(id);
        setHeaderTitle(title);
        setWidth("min(44rem, 96vw)");
        problem.addClassName("tw-error-text");
        problem.setId(id + "-problem");
        problem.setVisible(false);
        Button ok = new Button(getTranslation("scenario.line.save"), e -> {
            problem.setVisible(false);
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                Scenario scenario = save.save();
                close();
                saved.accept(scenario);
            } catch (DomainException refusal) {
                String message = getTranslation(refusal.messageKey(), refusal.arguments());
                HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
                if (field != null) {
                    FieldFeedback.show(message, field);
                } else {
                    problem.setText(message);
                    problem.setVisible(true);
                }
            } catch (AccessDeniedException denied) {
                problem.setText(getTranslation("error.forbidden"));
                problem.setVisible(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId(id + "-save");
        Button cancel = new Button(getTranslation("scenario.line.cancel"), e -> close());
        getFooter().add(cancel, ok);
    }

    /** Adds an input; {@code field} is the name refusals use for it. */
    <C extends Component & HasValidation> LineDialog with(String field, C input) {
        fields.put(field, input);
        return this;
    }

    LineDialog build() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        fields.values().forEach(f -> form.add((Component) f));
        add(problem, form);
        return this;
    }
}

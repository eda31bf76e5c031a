package nl.tafelwerk.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import nl.tafelwerk.identity.PasswordService;
import nl.tafelwerk.identity.UserRules;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.FieldFeedback;

/**
 * Current, new and repeated password, with each refusal beside its field. The rules are the
 * service's ({@link UserRules}); the form only shows them, it checks nothing the service does not.
 */
class PasswordChangeForm extends FormLayout {

    private final PasswordService passwords;
    private final PasswordField current = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Button submit = new Button();
    private final Runnable onChanged;

    PasswordChangeForm(PasswordService passwords, Runnable onChanged) {
        this.passwords = passwords;
        this.onChanged = onChanged;
        current.setLabel(getTranslation("password.change.current"));
        current.setId("password-current");
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        newPassword.setLabel(getTranslation("password.change.new"));
        newPassword.setHelperText(getTranslation("password.change.help", UserRules.PASSWORD_MIN, UserRules.PASSWORD_MAX_BYTES));
        newPassword.setId("password-new");
        newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("password.change.repeat"));
        repeat.setId("password-repeat");
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        for (PasswordField field : fields()) {
            field.setRequiredIndicatorVisible(true);
            field.addValueChangeListener(e -> field.setInvalid(false));
        }
        submit.setText(getTranslation("password.change.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("password-submit");
        submit.addClickListener(e -> submit());
        add(current, newPassword, repeat);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    Button submitButton() {
        return submit;
    }

    void focus() {
        current.focus();
    }

    private void submit() {
        fields().forEach(f -> f.setInvalid(false));
        try {
            passwords.changeOwnPassword(current.getValue(), newPassword.getValue(), repeat.getValue());
            fields().forEach(PasswordField::clear);
            onChanged.run();
        } catch (DomainException e) {
            HasValidation field = e.field() == null ? null : switch (e.field()) {
                case "current" -> current;
                case "newPassword" -> newPassword;
                case "repeat" -> repeat;
                default -> null;
            };
            FieldFeedback.show(getTranslation(e.messageKey(), e.arguments()), field);
        }
    }

    private List<PasswordField> fields() {
        return List.of(current, newPassword, repeat);
    }
}

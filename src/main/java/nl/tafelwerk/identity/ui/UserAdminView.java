package nl.tafelwerk.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.tafelwerk.identity.NewUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.identity.UserChange;
import nl.tafelwerk.identity.UserListItem;
import nl.tafelwerk.identity.UserRules;
import nl.tafelwerk.identity.UserService;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/** Beheer › Gebruikers: add people, set role and sector, reset a password, deactivate an account. */
@Route("beheer/gebruikers")
@RolesAllowed("ADMIN")
@Menu(title = "nav.admin.users", order = 90, icon = "icons/users.svg")
public class UserAdminView extends HorizontalLayout implements HasDynamicTitle {

    private final UserService users;
    private final Map<String, SectorView> sectorsByCode;

    private final Grid<UserListItem> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Span count = new Span();
    private ListDataProvider<UserListItem> rows = new ListDataProvider<>(List.of());

    private final H2 formTitle = new H2();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final TextField email = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<SectorView> sector = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final Button save = new Button();
    private final Button resetPassword = new Button();
    private final Button toggleActive = new Button();
    private final Span ssoNote = new Span();
    private final Binder<UserForm> binder = new Binder<>(UserForm.class);
    private UserForm current = new UserForm();
    private @Nullable UserListItem selected;

    UserAdminView(UserService users, SectorService sectors) {
        this.users = users;
        this.sectorsByCode = new java.util.LinkedHashMap<>();
        sectors.all().forEach(s -> sectorsByCode.put(s.code(), s));
        addClassName("tw-admin-users");
        setSizeFull();
        setPadding(true);
        add(createListPane(), createFormPane());
        setFlexGrow(2, getComponentAt(0));
        setFlexGrow(1, getComponentAt(1));
        refresh();
        startNew();
    }

    private VerticalLayout createListPane() {
        search.setLabel(getTranslation("admin.users.search"));
        search.setPlaceholder(getTranslation("admin.users.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        search.setId("user-search");
        Button add = new Button(getTranslation("admin.users.new"), e -> startNew());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("user-new");
        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setAlignItems(Alignment.BASELINE);

        grid.addColumn(UserListItem::username).setHeader(getTranslation("admin.users.username")).setSortable(true)
                .setKey("username").setComparator(UserListItem::username);
        grid.addColumn(UserListItem::displayName).setHeader(getTranslation("admin.users.displayName")).setSortable(true)
                .setComparator(UserListItem::displayName);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("admin.users.role"))
                .setSortable(true).setComparator(u -> u.role().name());
        grid.addColumn(u -> u.sectorCode() == null ? "—" : u.sectorCode()).setHeader(getTranslation("admin.users.sector"))
                .setSortable(true).setComparator(u -> u.sectorCode() == null ? "" : u.sectorCode());
        grid.addColumn(this::status).setHeader(getTranslation("admin.users.status")).setSortable(true)
                .setComparator(UserListItem::active).setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(u -> u.viaSso() ? getTranslation("admin.users.sso") : null);
        grid.setId("user-grid");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        grid.setSizeFull();
        count.addClassName("tw-muted");
        count.setId("user-count");
        VerticalLayout pane = new VerticalLayout(toolbar, count, grid);
        pane.setPadding(false);
        pane.setSizeFull();
        return pane;
    }

    private VerticalLayout createFormPane() {
        username.setLabel(getTranslation("admin.users.username"));
        username.setMaxLength(UserRules.USERNAME_MAX);
        username.setHelperText(getTranslation("admin.users.username.help"));
        username.setId("user-username");
        displayName.setLabel(getTranslation("admin.users.displayName"));
        displayName.setMaxLength(UserRules.DISPLAY_NAME_MAX + 1);
        displayName.setId("user-display-name");
        email.setLabel(getTranslation("admin.users.email"));
        email.setHelperText(getTranslation("admin.users.email.help"));
        email.setMaxLength(UserRules.EMAIL_MAX + 1);
        email.setId("user-email");
        role.setLabel(getTranslation("admin.users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setId("user-role");
        role.addValueChangeListener(e -> sector.setRequiredIndicatorVisible(e.getValue() != null && e.getValue().needsSector()));
        sector.setLabel(getTranslation("admin.users.sector"));
        sector.setItems(sectorsByCode.values());
        sector.setItemLabelGenerator(SectorView::label);
        sector.setClearButtonVisible(true);
        sector.setId("user-sector");
        password.setLabel(getTranslation("admin.users.password"));
        password.setHelperText(getTranslation("password.change.help", UserRules.PASSWORD_MIN, UserRules.PASSWORD_MAX_BYTES));
        password.setId("user-password");

        binder.forField(username)
                .asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.trim().length() >= UserRules.USERNAME_MIN && v.trim().length() <= UserRules.USERNAME_MAX,
                        getTranslation("validation.length", UserRules.USERNAME_MIN, UserRules.USERNAME_MAX))
                .withValidator(v -> UserRules.USERNAME_PATTERN.matcher(v.trim().toLowerCase(Locale.ROOT)).matches(),
                        getTranslation("user.username.pattern"))
                .bind(UserForm::getUsername, UserForm::setUsername);
        binder.forField(displayName)
                .asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.trim().length() <= UserRules.DISPLAY_NAME_MAX,
                        getTranslation("validation.tooLong", UserRules.DISPLAY_NAME_MAX))
                .bind(UserForm::getDisplayName, UserForm::setDisplayName);
        binder.forField(email)
                .withValidator((value, ctx) -> {
                    try {
                        UserRules.email(value);
                        return com.vaadin.flow.data.binder.ValidationResult.ok();
                    } catch (DomainException problem) {
                        return com.vaadin.flow.data.binder.ValidationResult.error(
                                getTranslation(problem.messageKey(), problem.arguments()));
                    }
                })
                .bind(UserForm::getEmail, UserForm::setEmail);
        binder.forField(role).asRequired(getTranslation("validation.required")).bind(UserForm::getRole, UserForm::setRole);
        binder.forField(sector)
                .withValidator((value, ctx) -> value != null || role.getValue() == null || !role.getValue().needsSector()
                        ? com.vaadin.flow.data.binder.ValidationResult.ok()
                        : com.vaadin.flow.data.binder.ValidationResult.error(getTranslation("user.sector.required")))
                .bind(UserForm::getSector, UserForm::setSector);
        binder.forField(password)
                .withValidator((v, ctx) -> {
                    DomainException problem = current.getId() != null ? null : UserRules.passwordProblem("password", v);
                    return problem == null ? com.vaadin.flow.data.binder.ValidationResult.ok()
                            : com.vaadin.flow.data.binder.ValidationResult.error(getTranslation(problem.messageKey(), problem.arguments()));
                })
                .bind(UserForm::getPassword, UserForm::setPassword);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        save.setId("user-save");
        resetPassword.setText(getTranslation("admin.users.resetPassword"));
        resetPassword.addClickListener(e -> openResetDialog());
        resetPassword.setId("user-reset-password");
        toggleActive.addClickListener(e -> toggleActive());
        toggleActive.setId("user-toggle-active");

        ssoNote.setText(getTranslation("admin.users.sso.note"));
        ssoNote.addClassName("tw-muted");
        ssoNote.setId("user-sso-note");
        ssoNote.setVisible(false);

        FormLayout form = new FormLayout(username, displayName, email, role, sector, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        HorizontalLayout actions = new HorizontalLayout(save, resetPassword, toggleActive);
        actions.setWrap(true);
        VerticalLayout pane = new VerticalLayout(formTitle, ssoNote, form, actions);
        pane.addClassName("tw-form-pane");
        pane.setMaxWidth("32rem");
        return pane;
    }

    /** Active or not, and "SSO" for someone who signs in through single sign-on (the full words in the tooltip). */
    private String status(UserListItem user) {
        String status = getTranslation(user.active() ? "admin.users.active" : "admin.users.inactive");
        return user.viaSso() ? getTranslation("admin.users.status.sso", status) : status;
    }

    private void refresh() {
        rows = new ListDataProvider<>(new java.util.ArrayList<>(users.list()));
        grid.setDataProvider(rows);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("username"), com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        applyFilter();
    }

    private void applyFilter() {
        String term = search.getValue() == null ? "" : search.getValue().trim().toLowerCase(Locale.ROOT);
        rows.setFilter(u -> term.isEmpty() || u.username().contains(term)
                || u.displayName().toLowerCase(Locale.ROOT).contains(term)
                || (u.sectorCode() != null && u.sectorCode().toLowerCase(Locale.ROOT).contains(term))
                || getTranslation("role." + u.role().name()).toLowerCase(Locale.ROOT).contains(term));
        int total = rows.getItems().size();
        int shown = rows.size(new com.vaadin.flow.data.provider.Query<>(rows.getFilter()));
        count.setText(shown == total ? getTranslation("admin.users.count", total)
                : getTranslation("admin.users.countFiltered", total, total - shown));
    }

    private void startNew() {
        selected = null;
        grid.asSingleSelect().clear();
        current = new UserForm();
        binder.readBean(current);
        clearServerErrors();
        formTitle.setText(getTranslation("admin.users.new"));
        username.setReadOnly(false);
        password.setVisible(true);
        resetPassword.setVisible(false);
        toggleActive.setVisible(false);
        ssoNote.setVisible(false);
    }

    private void edit(UserListItem item) {
        selected = item;
        current = new UserForm();
        current.setId(item.id());
        current.setVersion(item.version());
        current.setUsername(item.username());
        current.setDisplayName(item.displayName());
        current.setEmail(item.email() == null ? "" : item.email());
        current.setRole(item.role());
        current.setSector(item.sectorCode() == null ? null : sectorsByCode.get(item.sectorCode()));
        binder.readBean(current);
        clearServerErrors();
        formTitle.setText(getTranslation("admin.users.edit", item.username()));
        username.setReadOnly(true);
        password.setVisible(false);
        // Someone who signs in through single sign-on has no password here to reset.
        resetPassword.setVisible(!item.viaSso());
        ssoNote.setVisible(item.viaSso());
        toggleActive.setVisible(true);
        toggleActive.setText(getTranslation(item.active() ? "admin.users.deactivate" : "admin.users.activate"));
    }

    private void save() {
        clearServerErrors();
        if (!binder.writeBeanIfValid(current)) {
            return;
        }
        try {
            Role chosenRole = current.getRole();
            String sectorCode = current.getSector() == null ? null : current.getSector().code();
            UserListItem saved;
            if (current.getId() == null) {
                saved = users.create(new NewUser(current.getUsername(), current.getDisplayName(), chosenRole, sectorCode,
                        current.getPassword(), current.getEmail()));
                Notifications.success(getTranslation("admin.users.created", saved.username()));
            } else {
                saved = users.update(new UserChange(current.getId(), current.getVersion(), current.getDisplayName(),
                        chosenRole, sectorCode, current.getEmail()));
                Notifications.success(getTranslation("admin.users.saved", saved.username()));
            }
            refresh();
            grid.select(saved);
            edit(saved);
        } catch (DomainException e) {
            showError(e);
        }
    }

    private void toggleActive() {
        UserListItem item = selected;
        if (item == null) {
            return;
        }
        try {
            UserListItem saved = users.setActive(item.id(), item.version(), !item.active());
            Notifications.success(getTranslation(saved.active() ? "admin.users.activated" : "admin.users.deactivated",
                    saved.username()));
            refresh();
            edit(saved);
        } catch (DomainException e) {
            showError(e);
        }
    }

    private void openResetDialog() {
        UserListItem item = selected;
        if (item == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.users.resetPassword.title", item.username()));
        PasswordField newPassword = new PasswordField(getTranslation("admin.users.password"));
        newPassword.setHelperText(getTranslation("password.change.help", UserRules.PASSWORD_MIN, UserRules.PASSWORD_MAX_BYTES));
        newPassword.setId("reset-password-field");
        newPassword.setWidthFull();
        dialog.add(newPassword);
        Button confirm = new Button(getTranslation("admin.users.resetPassword"), e -> {
            try {
                UserListItem saved = users.resetPassword(item.id(), item.version(), newPassword.getValue());
                Notifications.success(getTranslation("admin.users.passwordReset", saved.username()));
                dialog.close();
                refresh();
                edit(saved);
            } catch (DomainException ex) {
                newPassword.setInvalid(true);
                newPassword.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("reset-password-confirm");
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        newPassword.focus();
    }

    private void showError(DomainException e) {
        String message = getTranslation(e.messageKey(), e.arguments());
        HasValidation field = e.field() == null ? null : switch (e.field()) {
            case "username" -> username;
            case "displayName" -> displayName;
            case "email" -> email;
            case "role" -> role;
            case "sector" -> sector;
            case "password" -> password;
            default -> null;
        };
        FieldFeedback.show(message, field);
    }

    private void clearServerErrors() {
        for (HasValidation field : List.<HasValidation>of(username, displayName, email, role, sector, password)) {
            field.setInvalid(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " · Tafelwerk";
    }
}

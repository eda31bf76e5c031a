package nl.tafelwerk.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import nl.tafelwerk.shared.ui.HeaderWidget;

/**
 * The frame around every view: the table's name, the side navigation built from the views' own
 * {@code @Menu} entries (so the shell knows no feature), and the header widgets features contribute.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Views' page titles end in this; the header shows the subject only, next to the brand. */
    private static final String TITLE_SUFFIX = " · Tafelwerk";

    private final H1 viewTitle = new H1();
    private final Button projectorToggle = new Button();
    private boolean projector;

    MainLayout(List<HeaderWidget> headerWidgets) {
        setPrimarySection(Section.DRAWER);
        addClassName("tw-main-layout");

        projectorToggle.setText(getTranslation("shell.projector"));
        projectorToggle.setTooltipText(getTranslation("shell.projector.help"));
        projectorToggle.addThemeVariants(ButtonVariant.TERTIARY);
        projectorToggle.setId("projector-toggle");
        projectorToggle.getElement().setAttribute("aria-pressed", "false");
        projectorToggle.addClickListener(e -> setProjector(!projector));

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        viewTitle.addClassName("tw-view-title");

        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("tw-header-actions");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        // The error views sit in this frame too, and Vaadin builds the frame before its access check sends
        // someone not logged in to the login page; the features' widgets need a user, so they wait for one.
        if (loggedIn()) {
            headerWidgets.stream().sorted(Comparator.comparingInt(HeaderWidget::order))
                    .map(HeaderWidget::create).forEach(actions::add);
        }
        actions.add(projectorToggle, new LanguageSwitch());
        HorizontalLayout header = new HorizontalLayout(toggle, viewTitle, actions);
        header.addClassName("tw-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        // a title too long to share its line with the actions takes the line; the actions move below it, whole
        header.setWrap(true);
        addToNavbar(true, header, new ConnectionBanner());

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("tw-brand");
        Span table = new Span(getTranslation("app.tableName"));
        table.addClassName("tw-brand-sub");
        Div brandBox = new Div(brand, table);
        brandBox.addClassName("tw-brand-box");
        addToDrawer(brandBox, createNavigation());
    }

    private static boolean loggedIn() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getUserPrincipal() != null;
    }

    private Component createNavigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shell.navigation"));
        nav.addClassName("tw-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new SvgIcon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String pageTitle = MenuConfiguration.getPageHeader(getContent()).orElse("");
        String title = pageTitle.endsWith(TITLE_SUFFIX) ? pageTitle.substring(0, pageTitle.length() - TITLE_SUFFIX.length()) : pageTitle;
        viewTitle.setText(title);
        // a title too long for two lines is cut there; the whole of it shows on hover
        viewTitle.setTitle(title);
        if (event.getLocation().getQueryParameters().getParameters().containsKey("projectie")) {
            setProjector(true);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // The connection indicator is Vaadin's own; give it Dutch words so "offline" is never silent.
        attachEvent.getUI().getPage().executeJs(
                "const ci = window.Vaadin && window.Vaadin.connectionIndicator;"
                        + "if (ci) { ci.onlineText = $0; ci.reconnectingText = $1; ci.offlineText = $2; }",
                getTranslation("shell.connection.online"), getTranslation("shell.connection.reconnecting"),
                getTranslation("shell.connection.offline"));
    }

    /** Presentation mode for the projector: large type, high contrast, no navigation chrome. */
    private void setProjector(boolean on) {
        projector = on;
        getUI().ifPresent(ui -> {
            if (on) {
                ui.getElement().executeJs("document.documentElement.classList.add('tw-projector')");
            } else {
                ui.getElement().executeJs("document.documentElement.classList.remove('tw-projector')");
            }
        });
        setDrawerOpened(!on);
        projectorToggle.getElement().setAttribute("aria-pressed", String.valueOf(on));
    }
}

package nl.tafelwerk.shell;

import com.vaadin.flow.component.Component;
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

    MainLayout(List<HeaderWidget> headerWidgets) {
        setPrimarySection(Section.DRAWER);
        addClassName("tw-main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        viewTitle.addClassName("tw-view-title");

        HorizontalLayout header = new HorizontalLayout();
        header.addClassName("tw-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.add(toggle, viewTitle);
        Div spacer = new Div();
        header.addAndExpand(spacer);
        headerWidgets.stream().sorted(Comparator.comparingInt(HeaderWidget::order))
                .map(HeaderWidget::create).forEach(header::add);
        header.add(new LanguageSwitch());
        addToNavbar(true, header);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("tw-brand");
        Span table = new Span(getTranslation("app.tableName"));
        table.addClassName("tw-brand-sub");
        Div brandBox = new Div(brand, table);
        brandBox.addClassName("tw-brand-box");
        addToDrawer(brandBox, createNavigation());
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
        String title = MenuConfiguration.getPageHeader(getContent()).orElse("");
        viewTitle.setText(title.endsWith(TITLE_SUFFIX) ? title.substring(0, title.length() - TITLE_SUFFIX.length()) : title);
    }
}

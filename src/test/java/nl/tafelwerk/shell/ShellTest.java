package nl.tafelwerk.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.List;
import nl.tafelwerk.AbstractUiTest;
import org.junit.jupiter.api.Test;

class ShellTest extends AbstractUiTest {

    @Test
    void anonymousVisitorSeesNothingButTheDutchLoginPage() {
        UI.getCurrent().navigate("");
        assertThat(_find(StartView.class)).isEmpty();
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(LoginView.class).getPageTitle()).isEqualTo("Inloggen · Tafelwerk");
    }

    @Test
    void aFailedSingleSignOnGetsItsOwnDutchMessage() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("sso-error", "")));
        com.vaadin.flow.component.login.LoginForm form = _get(com.vaadin.flow.component.login.LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Inloggen via single sign-on is niet gelukt")
                .contains("Uw account is gedeactiveerd of de aanmelding is afgebroken");
    }

    @Test
    void loginPageOffersNoSingleSignOnWhenNoneIsConfigured() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("tw-login-sso"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("of"))).isEmpty();
    }

    @Test
    void chairSeesTheStartPageWithRealCountsAndTheirRole() {
        login("voorzitter");
        UI.getCurrent().navigate("");
        StartView start = _get(StartView.class);
        assertThat(start.getPageTitle()).isEqualTo("Vandaag aan tafel · Tafelwerk");
        List<String> cards = _find(Span.class, spec -> spec.withClasses("tw-card-number")).stream().map(Span::getText).toList();
        assertThat(cards).contains("18", "31", "19");
        assertThat(_get(Span.class, spec -> spec.withId("current-user-name")).getText()).isEqualTo("Onafhankelijk voorzitter");
        assertThat(_get(Span.class, spec -> spec.withId("current-user-role")).getText()).isEqualTo("Voorzitter");
    }

    @Test
    void memberSeesTheirSectorInTheHeader() {
        login("lid-haz");
        UI.getCurrent().navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("current-user-role")).getText()).isEqualTo("Tafellid · HAZ");
    }

    @Test
    void navigationOffersOnlyWhatTheRoleMayOpen() {
        login("voorzitter");
        UI.getCurrent().navigate("");
        List<String> chairItems = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(chairItems).contains("Vandaag aan tafel", "Tafelprofiel").doesNotContain("Beheer · Gebruikers");
    }

    @Test
    void administratorSeesTheAdministration() {
        login("beheerder");
        UI.getCurrent().navigate("");
        List<String> adminItems = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(adminItems).contains("Beheer · Gebruikers");
    }

    @Test
    void memberCannotOpenTheAdministration() {
        login("lid-msz");
        assertThatThrownBy(() -> UI.getCurrent().navigate("beheer/gebruikers")).hasMessageContaining("Access is denied");
        assertThat(_find(nl.tafelwerk.identity.ui.UserAdminView.class)).isEmpty();
    }

    @Test
    void unknownAddressShowsNietGevondenInsideTheAppFrame() {
        login("waarnemer");
        openAsTheBrowserWould("bestaat-niet");
        NotFoundView notFound = _get(NotFoundView.class);
        assertThat(notFound.getPageTitle()).isEqualTo("Niet gevonden · Tafelwerk");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("De pagina \"bestaat-niet\" bestaat niet of is verplaatst.");
        assertInsideTheFrame(notFound);
    }

    @Test
    void unknownVraagstukAndBouwsteenShowTheirOwnDutchSentenceInsideTheAppFrame() {
        login("lid-haz");
        UI.getCurrent().navigate("voorraadagenda/XX-999");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Vraagstuk XX-999 bestaat niet");
        assertInsideTheFrame(_get(NotFoundView.class));

        UI.getCurrent().navigate("bouwstenen/NOPE");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Onbekende bouwsteen: NOPE");
        assertInsideTheFrame(_get(NotFoundView.class));
    }

    /**
     * In the browser, Spring Security sends someone not logged in to the login page before Vaadin sees an
     * unknown address (AccessBrowserTest). Should the router get there anyway, the frame shows nothing
     * of the features: no menu entries, no user, no header widgets — and it does not fail.
     */
    @Test
    void anonymousVisitorOfAnUnknownAddressSeesNothingOfTheFeatures() {
        openAsTheBrowserWould("bestaat-niet");
        assertThat(_get(NotFoundView.class).getPageTitle()).isEqualTo("Niet gevonden · Tafelwerk");
        assertThat(_find(SideNavItem.class)).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("current-user-name"))).isEmpty();
        assertThat(_find(StartView.class)).isEmpty();
    }

    /**
     * {@code UI.navigate} hands an address without a server route to the client-side router, which a
     * browserless test does not have; the server router is what the browser's request reaches.
     */
    private static void openAsTheBrowserWould(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    private static void assertInsideTheFrame(NotFoundView notFound) {
        assertThat(notFound.getParent()).get().isInstanceOf(MainLayout.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Vandaag aan tafel");
        assertThat(_get(H1.class, spec -> spec.withClasses("tw-view-title")).getText()).isEqualTo("Niet gevonden");
        assertThat(_get(Span.class, spec -> spec.withId("current-user-name")).getText()).isNotBlank();
    }
}

package nl.tafelwerk.advice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tafelwerk.advice.AdviceDistributionService;

/** "Ter informatie" on its own address (the link in a notice to an informed sector): the advices sent to this user. */
@Route("adviezen/ter-informatie")
@PermitAll
public class InformedAdvicesView extends VerticalLayout implements HasDynamicTitle {

    InformedAdvicesView(AdviceDistributionService distribution) {
        setWidthFull();
        Anchor back = new Anchor("adviezen", "← " + getTranslation("adviceui.back"));
        Paragraph intro = new Paragraph(getTranslation("adviceui.informed.intro"));
        intro.addClassName("tw-muted");
        add(back, new H2(getTranslation("adviceui.informed.heading")), intro,
                AdviceListView.informedGrid(distribution.informed(), this, getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adviceui.informed.heading") + " · Tafelwerk";
    }
}

package nl.tafelwerk.advice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceDistributionService;
import nl.tafelwerk.advice.AdviceSection;
import nl.tafelwerk.advice.AdviceService;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.SectionLocks;
import nl.tafelwerk.identity.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** The advice pages in a browserless UI: the services a test may call, a fresh advice of its own, the page opened. */
abstract class AdviceUiTest extends AbstractUiTest {

    @Autowired
    AdviceService advices;
    @Autowired
    AdviceDistributionService distribution;
    @Autowired
    CommentService comments;
    @Autowired
    SectionLocks locks;
    @Autowired
    CurrentUser currentUser;

    AdviceUiFixture fixture;

    @BeforeEach
    void adviceFixture() {
        fixture = new AdviceUiFixture(context);
    }

    /** The advice's page, as the logged-in user navigates to it. */
    void open(Advice advice) {
        UI.getCurrent().navigate("adviezen/" + advice.id());
        roundtrips();
    }

    /** A section's text area on the open page. */
    static TextArea section(AdviceSection section) {
        return _get(TextArea.class, spec -> spec.withId("advice-" + section.field() + "-text"));
    }
}

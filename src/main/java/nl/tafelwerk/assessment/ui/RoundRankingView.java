package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("scoringsrondes/:id/rangorde")
@PermitAll
public class RoundRankingView extends VerticalLayout {
}

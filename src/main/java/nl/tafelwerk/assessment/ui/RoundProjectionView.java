package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route(value = "scoringsrondes/:id/projectie", autoLayout = false)
@PermitAll
public class RoundProjectionView extends VerticalLayout {
}

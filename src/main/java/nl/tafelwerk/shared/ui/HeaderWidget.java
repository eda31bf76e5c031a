package nl.tafelwerk.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A piece of the application header contributed by a feature (presence avatars, the user menu).
 * A new component is created for every UI.
 */
public interface HeaderWidget {

    int order();

    Component create();
}

package nl.tafelwerk.shared.ui;

import com.vaadin.flow.component.Component;

/** A panel a feature adds to the start page ("Vandaag aan tafel"), such as who is online now. */
public interface StartPageSection {

    int order();

    Component create();
}

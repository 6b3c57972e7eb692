package io.floorcheck.archfixtureb.internal;

import io.floorcheck.archfixturea.internal.CyclicRepository;

/** Deliberately depends back on the first fixture feature, and uses Vaadin outside the UI. */
public class OtherRepository {

    public CyclicRepository back;
    public com.vaadin.flow.component.button.Button button;
}

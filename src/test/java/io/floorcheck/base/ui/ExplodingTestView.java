package io.floorcheck.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A test-only route that fails while opening, to see what a user is shown when that happens. */
@Route("test-only-exploding-view")
@PermitAll
public class ExplodingTestView extends Div {

    static final String INTERNAL_DETAIL = "jdbc:mysql://secret-host/floorcheck table app_user";

    public ExplodingTestView() {
        throw new IllegalStateException(INTERNAL_DETAIL);
    }
}

package io.floorcheck.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/** A test-only route whose service refuses the id in the address, as for another evaluation's id. */
@Route("test-only-refusing-view")
@PermitAll
public class RefusingTestView extends Div implements HasUrlParameter<Long> {

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        throw new AccessDeniedException("Not a member of evaluation " + id);
    }
}

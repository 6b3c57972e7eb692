package io.floorcheck.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;

/**
 * Why someone may not contribute here, and, where the way on is their conflict-of-interest
 * declaration, one tap to it: no dead end that only leads back to where they came from.
 */
public final class GateNotice extends Div {

    /**
     * @param message the reason, in the user's words
     * @param declarationPath the address of the declaration to open, or null when it is not the way on
     */
    public GateNotice(String message, String declarationPath) {
        addClassNames("fc-notice", "fc-gate");
        setId("contribution-gate");
        add(new Paragraph(message));
        if (declarationPath != null) {
            Button declare = new Button(getTranslation("gate.toDeclaration"), VaadinIcon.USER_CHECK.create(),
                    e -> getUI().ifPresent(ui -> {
                        int query = declarationPath.indexOf('?');
                        ui.navigate(query < 0 ? declarationPath : declarationPath.substring(0, query), query < 0
                                ? QueryParameters.empty() : QueryParameters.fromString(declarationPath.substring(query + 1)));
                    }));
            declare.setId("gate-declaration");
            declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(declare);
        }
    }
}

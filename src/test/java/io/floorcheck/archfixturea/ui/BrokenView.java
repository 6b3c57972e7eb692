package io.floorcheck.archfixturea.ui;

import io.floorcheck.archfixtureb.internal.OtherRepository;
import org.jooq.DSLContext;

/** Deliberately breaks the rules: a view with SQL and another feature's repository. */
public class BrokenView extends com.vaadin.flow.component.html.Div {

    public BrokenView(DSLContext db, OtherRepository repository) {
        db.selectOne().fetch();
        repository.toString();
    }
}

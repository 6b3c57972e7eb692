package io.floorcheck.base.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.floorcheck.base.ImportProblem;

/** Why an import file was refused: a summary, then every problem with its line. */
public class ImportProblemList extends Div {

    public ImportProblemList(List<ImportProblem> problems) {
        addClassName("fc-import-result");
        add(new Paragraph(getTranslation("import.refused", problems.size())));
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(describe(problem))));
        add(list);
    }

    private String describe(ImportProblem problem) {
        String message = getTranslation(problem.key(), problem.args().toArray());
        return problem.line() == 0 ? message : getTranslation("import.line", problem.line(), message);
    }
}

package io.floorcheck.base;

import java.util.List;

/** An import file was refused as a whole, for these reasons; nothing of it was written. */
public class ImportRefused extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportRefused(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the import file, first: " + problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}

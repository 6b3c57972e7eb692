package io.floorcheck.base;

import java.util.List;

/** One reason an import file was refused: the line it is on (0 for the file as a whole) and a message key. */
public record ImportProblem(long line, String key, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem at(long line, String key, Object... args) {
        return new ImportProblem(line, key, List.of(args));
    }
}

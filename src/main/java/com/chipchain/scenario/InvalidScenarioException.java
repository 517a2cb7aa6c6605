package com.chipchain.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that cannot be played, with every problem found in it. */
public final class InvalidScenarioException extends Exception {
    private final transient List<ScenarioProblem> problems;

    public InvalidScenarioException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }
}

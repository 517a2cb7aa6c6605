package com.chipchain.scenario;

/** One thing wrong in a scenario file: the file, the path inside it, and what is wrong. */
public record ScenarioProblem(String file, String path, String message) {
    @Override
    public String toString() {
        return file + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}

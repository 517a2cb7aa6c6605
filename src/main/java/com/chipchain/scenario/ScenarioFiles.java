package com.chipchain.scenario;

import com.chipchain.engine.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the command line finds a scenario it is given by name: a file, or the id of a scenario.
 * An id means the file {@code scenarios/<id>.yaml} in the working folder when there is one (a clone
 * of the repository, or a school's own folder), else the one shipped inside the jar, so the jar
 * alone plays its six scenarios from any folder (docs/cli.md).
 */
public final class ScenarioFiles {

    private static final String ID = "[a-z0-9][a-z0-9-]{0,63}";

    private ScenarioFiles() {}

    /** {@code --scenario}: a file that exists, else a scenario id. */
    public static Scenario fileOrId(String given) throws InvalidScenarioException {
        Path file = Path.of(given);
        if (!Files.exists(file) && given.matches(ID)) {
            return byId(given);
        }
        return ScenarioLoader.load(file);
    }

    /**
     * The revision of a scenario text: the SHA-256 of its UTF-8 bytes, in hex. The scenario library
     * names stored scenarios by it, and a session's game log names the revision it was played on.
     */
    public static String revisionOf(String yaml) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The text of {@code --scenario} (a file that exists, else a scenario id), as {@link #fileOrId} reads it. */
    public static String textOf(String given) throws InvalidScenarioException {
        Path file = Path.of(given);
        if (!Files.exists(file) && given.matches(ID)) {
            return located(given).text();
        }
        return ScenarioLoader.readFile(file);
    }

    public static Scenario byId(String id) throws InvalidScenarioException {
        Located found = located(id);
        return ScenarioLoader.parse(found.name(), found.text());
    }

    /** A scenario's text found by id, and the name its problems are reported under. */
    private record Located(String name, String text) {}

    /** {@code scenarios/<id>.yaml} in the working folder when there is one, else the one shipped in the jar. */
    private static Located located(String id) throws InvalidScenarioException {
        Path file = Path.of("scenarios", id + ".yaml");
        if (Files.isRegularFile(file)) {
            return new Located(file.toString(), ScenarioLoader.readFile(file));
        }
        String resource = "scenarios/" + id + ".yaml";
        try (InputStream in = ScenarioFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidScenarioException(List.of(new ScenarioProblem(file.toString(), "",
                        "does not exist, and no scenario " + id + " is shipped in the jar; give the scenario file")));
            }
            return new Located("(shipped) " + resource,
                    new String(in.readNBytes((int) ScenarioLoader.MAX_FILE_BYTES + 1), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidScenarioException(List.of(new ScenarioProblem(resource, "", "cannot be read: " + e.getMessage())));
        }
    }
}

package com.chipchain.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * What a scenario file may not do in YAML itself, checked before its fields are read: hold more than
 * one document (the rest would be ignored), use anchors or aliases (&name, *name: the reader would
 * take an alias for text, and an unknown one for a value), or name a key twice in one mapping (the
 * last one would silently win).
 */
final class YamlShape {

    private YamlShape() {}

    static void check(String file, String yaml) throws InvalidScenarioException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(2 * (int) ScenarioLoader.MAX_FILE_BYTES);
        Yaml parser = new Yaml(options);
        int documents = 0;
        try {
            for (Event event : parser.parse(new StringReader(yaml))) {
                if (event instanceof DocumentStartEvent) {
                    documents++;
                    if (documents > 1) {
                        throw refuse(file, event, "holds a second YAML document (after ---); a scenario file holds one");
                    }
                }
                if (event instanceof AliasEvent alias) {
                    throw refuse(file, event, "uses the alias *" + alias.getAnchor() + "; write the value out instead");
                }
                if (event instanceof NodeEvent node && node.getAnchor() != null) {
                    throw refuse(file, event, "sets the anchor &" + node.getAnchor() + "; anchors and aliases are not supported, write values out");
                }
            }
            // duplicate keys are found when the mappings are built
            parser.loadAll(new StringReader(yaml)).forEach(document -> { });
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null ? "" : "line " + (e.getProblemMark().getLine() + 1) + ", column "
                    + (e.getProblemMark().getColumn() + 1);
            throw new InvalidScenarioException(List.of(new ScenarioProblem(file, where, "is not valid YAML: " + e.getProblem())));
        } catch (YAMLException e) {
            throw new InvalidScenarioException(List.of(new ScenarioProblem(file, "", "is not valid YAML: " + e.getMessage())));
        }
    }

    /** The text of a scenario file: an existing regular file of at most {@link ScenarioLoader#MAX_FILE_BYTES}. */
    static String readFile(java.nio.file.Path file) throws InvalidScenarioException {
        String text;
        try {
            if (!Files.exists(file)) {
                throw new InvalidScenarioException(List.of(new ScenarioProblem(file.toString(), "",
                        "cannot be read: there is no such file")));
            }
            if (!Files.isRegularFile(file)) {
                throw new InvalidScenarioException(List.of(new ScenarioProblem(file.toString(), "",
                        "is not a readable file; give the path of a scenario .yaml file")));
            }
            if (Files.size(file) > ScenarioLoader.MAX_FILE_BYTES) {
                throw new InvalidScenarioException(List.of(new ScenarioProblem(file.toString(), "",
                        "is larger than " + ScenarioLoader.MAX_FILE_BYTES + " bytes; a scenario file is a few tens of kilobytes")));
            }
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidScenarioException(List.of(new ScenarioProblem(file.toString(), "", "cannot be read: " + e.getMessage())));
        }
        return text;
    }

    private static InvalidScenarioException refuse(String file, Event event, String message) {
        String where = event.getStartMark() == null ? "" : "line " + (event.getStartMark().getLine() + 1);
        return new InvalidScenarioException(List.of(new ScenarioProblem(file, where, message)));
    }
}

package com.chipchain.scenario;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where a path of a scenario problem ({@code roles[2].sites[0].build.fromTurn}) is written in the
 * file: the line of the deepest part of the path that the file has (a missing field points at its
 * parent). Used to show an uploaded file's problems at their lines.
 */
public final class YamlLines {

    private final Node root;

    private YamlLines(Node root) {
        this.root = root;
    }

    /** The lines of a YAML text, or none when it is not YAML (its problem then names the line itself). */
    public static YamlLines of(String yaml) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(2 * (int) ScenarioLoader.MAX_FILE_BYTES);
            return new YamlLines(new Yaml(options).compose(new StringReader(yaml)));
        } catch (RuntimeException e) {
            return new YamlLines(null);
        }
    }

    /** The 1-based line of the path, or 0 when the text has none of it. */
    public int lineOf(String path) {
        if (root == null || path == null) {
            return 0;
        }
        Node node = root;
        int line = 0;
        for (String part : parts(path)) {
            Node next = null;
            if (part.startsWith("[") && node instanceof SequenceNode sequence) {
                int index = index(part);
                if (index >= 0 && index < sequence.getValue().size()) {
                    next = sequence.getValue().get(index);
                    line = next.getStartMark().getLine() + 1;
                }
            } else if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(part)) {
                        next = tuple.getValueNode();
                        line = key.getStartMark().getLine() + 1; // where the field is named
                        break;
                    }
                }
            }
            if (next == null) {
                break;
            }
            node = next;
        }
        return line;
    }

    private static int index(String part) {
        try {
            return Integer.parseInt(part.substring(1, part.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@code roles[2].cash} as {@code roles, [2], cash}. */
    private static List<String> parts(String path) {
        return java.util.Arrays.stream(path.replace("[", ".[").split("\\.")).filter(p -> !p.isEmpty()).toList();
    }
}

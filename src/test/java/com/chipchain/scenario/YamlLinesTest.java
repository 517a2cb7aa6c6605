package com.chipchain.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem's path is found at its line of the file, so an uploaded file's problems can be shown where they are. */
class YamlLinesTest {

    static int lineContaining(List<String> lines, String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the file");
    }

    @Test
    void each_part_of_a_path_is_looked_up_where_the_file_names_it() throws Exception {
        String yaml = Files.readString(Path.of("scenarios", "made-in-america-2025.yaml"));
        List<String> lines = yaml.lines().toList();
        YamlLines where = YamlLines.of(yaml);
        int memory = lineContaining(lines, "- id: memory", 0);
        assertThat(where.lineOf("roles[1]")).isEqualTo(memory);
        assertThat(where.lineOf("roles[1].cash")).isEqualTo(lineContaining(lines, "    cash:", memory));
        assertThat(where.lineOf("market.demand.base")).isEqualTo(lineContaining(lines, "    base: [", 0));
        assertThat(where.lineOf("market.demand.base[3]")).as("an item of a flow list is on the list's line")
                .isEqualTo(lineContaining(lines, "    base: [", 0));
        assertThat(where.lineOf("turns.count")).isEqualTo(lineContaining(lines, "  count: 16", 0));
        assertThat(where.lineOf("roles[1].nothing")).as("a missing field points at its parent").isEqualTo(memory);
        assertThat(where.lineOf("")).isZero();
        assertThat(YamlLines.of("id: [unclosed").lineOf("id")).as("not YAML: no lines").isZero();
    }
}

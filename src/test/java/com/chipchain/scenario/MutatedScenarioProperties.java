package com.chipchain.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A broken scenario file is refused with problems a person can read, never with a stack trace, and
 * a number too large for the game is refused, never wrapped into a small one.
 */
class MutatedScenarioProperties {

    static final String FLAGSHIP = read("scenarios/made-in-america-2025.yaml");
    static final Pattern NUMBER = Pattern.compile("(?<=: )-?\\d+(\\.\\d+)?(?=\\s|,|}|$)", Pattern.MULTILINE);
    static final List<int[]> NUMBERS = positions();

    static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<int[]> positions() {
        List<int[]> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(FLAGSHIP);
        while (m.find()) {
            int lineStart = FLAGSHIP.lastIndexOf('\n', m.start()) + 1;
            boolean inComment = FLAGSHIP.substring(lineStart, m.start()).contains("#");
            boolean inQuotes = FLAGSHIP.substring(lineStart, m.start()).chars().filter(c -> c == '"').count() % 2 == 1;
            if (!inComment && !inQuotes) {
                found.add(new int[] {m.start(), m.end()});
            }
        }
        return found;
    }

    /** One edit of the flagship file: a number replaced, a line dropped or doubled, or odd text put in. */
    record Mutation(String kind, int where, String text) {
        String apply(String yaml) {
            List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
            int line = Math.floorMod(where, lines.size());
            switch (kind) {
                case "number" -> {
                    int[] at = NUMBERS.get(Math.floorMod(where, NUMBERS.size()));
                    return yaml.substring(0, at[0]) + text + yaml.substring(at[1]);
                }
                case "drop" -> lines.remove(line);
                case "double" -> lines.add(line, lines.get(line));
                default -> lines.set(line, lines.get(line) + text);
            }
            return String.join("\n", lines);
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<String> odd = Arbitraries.of("18446744073709551652", "184467440737095516.17", "9223372036854775808",
                "-9223372036854775809", "1e400", ".nan", "-.inf", "0x7fffffffffffffff", "*alias", "&anchor 1", "\"\"",
                "[]", "{}", "~", "!!binary AAAA", "\t", " :", "\n---\nid: x", "99999999999999999999999999.999");
        return Combinators.combine(Arbitraries.of("number", "drop", "double", "append"),
                Arbitraries.integers().between(0, 100_000), odd).as(Mutation::new);
    }

    @Property(tries = 400)
    void a_mutated_file_is_either_valid_or_refused_with_readable_problems(@ForAll("mutations") Mutation mutation) {
        String yaml = mutation.apply(FLAGSHIP);
        try {
            ScenarioLoader.parse("mutated.yaml", yaml);
        } catch (InvalidScenarioException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
                assertThat(p.toString()).startsWith("mutated.yaml");
            });
        }
    }

    @Property(tries = 200)
    void a_number_beyond_64_bits_is_never_accepted(@ForAll("numberSlots") int slot,
                                                    @ForAll("hugeNumbers") String huge) {
        Mutation mutation = new Mutation("number", slot, huge);
        String yaml = mutation.apply(FLAGSHIP);
        try {
            ScenarioLoader.parse("huge.yaml", yaml);
            throw new AssertionError("accepted " + huge + " at number #" + slot);
        } catch (InvalidScenarioException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<Integer> numberSlots() {
        return Arbitraries.integers().between(0, NUMBERS.size() - 1);
    }

    @Provide
    Arbitrary<String> hugeNumbers() {
        return Arbitraries.of("18446744073709551652", "9223372036854775808", "184467440737095516.17",
                "36893488147419103232", "100000000000000000000.5");
    }
}

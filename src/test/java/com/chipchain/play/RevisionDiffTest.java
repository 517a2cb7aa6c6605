package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two revisions side by side: the lines that differ, at their line numbers, with a line of context. */
class RevisionDiffTest {

    @Test
    void a_changed_line_an_added_line_and_a_removed_line_are_shown_at_their_numbers() {
        String older = String.join("\n", "id: a", "version: 1", "one", "two", "three", "four", "five", "six");
        String newer = String.join("\n", "id: a", "version: 2", "one", "two", "three", "four", "six", "seven");
        List<RevisionDiff.Row> rows = RevisionDiff.of(older, newer);
        assertThat(rows).contains(new RevisionDiff.Row(RevisionDiff.Kind.CHANGED, 2, "version: 1", 2, "version: 2"));
        assertThat(rows).contains(new RevisionDiff.Row(RevisionDiff.Kind.REMOVED, 7, "five", 0, ""));
        assertThat(rows).contains(new RevisionDiff.Row(RevisionDiff.Kind.ADDED, 0, "", 8, "seven"));
        assertThat(rows).as("unchanged lines far from a change are left out")
                .noneMatch(r -> r.kind() == RevisionDiff.Kind.SAME && r.oldText().equals("two"));
        assertThat(rows).anyMatch(r -> r.kind() == RevisionDiff.Kind.GAP);
    }

    @Test
    void the_same_text_is_one_gap() {
        assertThat(RevisionDiff.of("a\nb", "a\nb")).extracting(RevisionDiff.Row::kind).containsExactly(RevisionDiff.Kind.GAP);
    }
}

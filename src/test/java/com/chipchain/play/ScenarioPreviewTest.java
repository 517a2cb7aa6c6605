package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The studio's preview: the benchmark bots on the same seeds of a draft and of what it started from. */
class ScenarioPreviewTest {

    static String flagship() throws Exception {
        return Files.readString(Path.of("scenarios", "made-in-america-2025.yaml"));
    }

    @Test
    void the_same_text_on_both_sides_gives_the_same_results_and_progress_is_reported() throws Exception {
        List<Integer> heard = new ArrayList<>();
        ScenarioPreview.Result result = ScenarioPreview.run(flagship(), flagship(), 30, heard::add, () -> false);
        assertThat(result.seeds()).isEqualTo(30);
        assertThat(result.cancelled()).isFalse();
        assertThat(heard).containsExactly(10, 20, 30);
        assertThat(result.draft()).usingRecursiveComparison().isEqualTo(result.start());
        assertThat(result.draft().chainPercentiles()).isSorted().hasSize(21);
        assertThat(result.draft().fillPercentiles()[20]).isLessThanOrEqualTo(1.0);
        assertThat(result.draft().roles()).containsExactly("foundry", "memory", "packager", "assembler", "nvidia");
    }

    @Test
    void a_draft_with_half_the_demand_scores_differently_on_the_same_seeds() throws Exception {
        ScenarioDraft draft = ScenarioDraft.of(flagship());
        List<Long> half = draft.demand().stream().map(d -> d / 2).toList();
        draft.setDemand(half);
        ScenarioPreview.Result result = ScenarioPreview.run(draft.yaml(), flagship(), 20, done -> { }, () -> false);
        assertThat(result.draft().meanChain()).isLessThan(result.start().meanChain());
        assertThat(result.draft().meanTeamScores()[4]).isLessThan(result.start().meanTeamScores()[4]);
    }

    @Test
    void a_cancel_stops_at_the_next_seed_with_the_results_so_far() throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        ScenarioPreview.Result result = ScenarioPreview.run(flagship(), flagship(), 2_000, done -> cancel.set(done >= 20), cancel::get);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.seeds()).isEqualTo(20);
    }

    @Test
    void a_draft_that_does_not_load_or_a_seed_count_out_of_range_is_refused() throws Exception {
        ScenarioDraft broken = ScenarioDraft.of(flagship());
        broken.setDemand(List.of(-1L));
        assertThatThrownBy(() -> ScenarioPreview.run(broken.yaml(), flagship(), 10, d -> { }, () -> false))
                .isInstanceOf(PlayException.class).hasMessageContaining("Fix the problems");
        assertThatThrownBy(() -> ScenarioPreview.run(flagship(), flagship(), 0, d -> { }, () -> false))
                .isInstanceOf(PlayException.class).hasMessageContaining("1 to 2000");
    }

    @Test
    void the_preview_says_on_which_turns_a_stage_runs_at_full_capacity() throws Exception {
        ScenarioDraft draft = ScenarioDraft.of(flagship());
        int packager = draft.roleIds().indexOf("packager");
        for (int site = 0; site < draft.siteIds(packager).size(); site++) {
            String path = "roles[" + packager + "].sites[" + site + "].capacity";
            draft.setTyped(path, String.valueOf(Long.parseLong(draft.valueAt(path)) * 3));
        }
        ScenarioPreview.Result result = ScenarioPreview.run(draft.yaml(), flagship(), 40, done -> { }, () -> false);
        ScenarioPreview.Side start = result.start();
        assertThat(start.hasCapacity(packager)).isTrue();
        double onStart = java.util.Arrays.stream(start.bindingShare()[packager]).sum();
        double onDraft = java.util.Arrays.stream(result.draft().bindingShare()[packager]).sum();
        assertThat(onStart).as("CoWoS binds in the flagship").isGreaterThan(1.0);
        assertThat(onDraft).as("three times the CoWoS binds less").isLessThan(onStart / 2);
        int nvidia = start.roles().indexOf("nvidia");
        assertThat(start.hasCapacity(nvidia)).as("NVIDIA buys and resells: no capacity of its own to bind").isFalse();
        int memory = start.roles().indexOf("memory");
        assertThat(start.bindingShare()[memory][2]).as("HBM runs flat out early in the flagship").isGreaterThan(0.9);
    }
}

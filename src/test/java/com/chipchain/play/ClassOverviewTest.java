package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A big class at a glance and one chain acted on: the console's tiles, its search, filters and
 * orders, a message to one chain, and a seat handed to a bot and back (docs/facilitator-guide.md).
 */
class ClassOverviewTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();
    static final PlayDriver sessions = app.driver();

    private static SessionInfo classic(int chains) {
        return sessions.create(new SessionSettings("classic-beer-game", chains,
                Map.of("wholesaler", "base-stock", "distributor", "base-stock", "factory", "base-stock"),
                null, DefaultRule.REPEAT_LAST, "base-stock", false, 5L));
    }

    private static DecisionInput order(long quantity) {
        return ClassroomGameTest.retailOrder(quantity);
    }

    @Test
    void every_chain_is_a_tile_found_by_a_team_name_or_its_number_and_narrowed_to_the_chains_that_need_the_teacher() {
        SessionInfo session = classic(12);
        SeatTicket kestrels = sessions.join(session.joinCode(), "Kestrels", 6, "retailer", "overview-a");
        sessions.join(session.joinCode(), "Owls", 9, "retailer", "overview-b");
        sessions.start(session.id());
        // the Owls' screen sends no heartbeat for longer than a screen may be silent; the Kestrels' does
        PlayTestSupport.TestClock.CLOCK.advance(FacilitatorCommands.CONNECTED_WITHIN.plusSeconds(5));
        sessions.heartbeat(kestrels.token());
        sessions.submit(kestrels.token(), 1, order(4));

        List<ChainTile> tiles = sessions.tiles(session.id());
        assertThat(tiles).hasSize(12).extracting(ChainTile::chain).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        ChainGroup all = ChainGroup.all(12);
        assertThat(ClassOverview.select(tiles, "kest", ChainTile.Filter.ALL, all, ChainTile.Order.CHAIN))
                .extracting(ChainTile::chain).containsExactly(6);
        assertThat(ClassOverview.select(tiles, "10", ChainTile.Filter.ALL, all, ChainTile.Order.CHAIN))
                .extracting(ChainTile::chain).containsExactly(9);
        // the Owls have not submitted: still deciding; the Kestrels have
        assertThat(ClassOverview.select(tiles, "", ChainTile.Filter.WAITING, all, ChainTile.Order.CHAIN))
                .extracting(ChainTile::chain).containsExactly(9);
        assertThat(ClassOverview.select(tiles, "", ChainTile.Filter.NO_TEAM, all, ChainTile.Order.CHAIN)).hasSize(10);
        // the Owls' screen is lost, so their chain comes first when ordered by attention
        assertThat(ClassOverview.select(tiles, "", ChainTile.Filter.DISCONNECTED, all, ChainTile.Order.CHAIN))
                .extracting(ChainTile::chain).containsExactly(9);
        assertThat(ClassOverview.select(tiles, "", ChainTile.Filter.ALL, all, ChainTile.Order.ATTENTION).get(0).chain()).isEqualTo(9);
        // a co-facilitator who took chains 11-12
        List<ChainGroup> groups = ChainGroup.of(12);
        assertThat(groups).containsExactly(all, new ChainGroup(0, 9), new ChainGroup(10, 11));
        assertThat(ClassOverview.select(tiles, "", ChainTile.Filter.ALL, groups.get(2), ChainTile.Order.CHAIN))
                .extracting(ChainTile::chain).containsExactly(10, 11);
        assertThat(ClassOverview.select(tiles, "owls", ChainTile.Filter.ALL, groups.get(2), ChainTile.Order.CHAIN)).isEmpty();
    }

    @Test
    void once_a_turn_resolved_the_tiles_carry_the_leaderboard_rank_and_sort_by_it() {
        SessionInfo session = classic(3);
        SeatTicket a = sessions.join(session.joinCode(), "A", 0, "retailer", "rank-a");
        SeatTicket b = sessions.join(session.joinCode(), "B", 1, "retailer", "rank-b");
        SeatTicket c = sessions.join(session.joinCode(), "C", 2, "retailer", "rank-c");
        sessions.start(session.id());
        assertThat(sessions.tiles(session.id())).allSatisfy(t -> assertThat(t.rank()).isZero());
        for (int turn = 1; turn <= 6; turn++) {
            sessions.submit(a.token(), turn, order(4));
            sessions.submit(b.token(), turn, order(40));
            sessions.submit(c.token(), turn, order(0));
        }
        List<ChainTile> tiles = sessions.tiles(session.id());
        List<LeaderboardEntry> board = sessions.leaderboard(session.id());
        List<Integer> byRank = ClassOverview.select(tiles, "", ChainTile.Filter.ALL, ChainGroup.all(3), ChainTile.Order.RANK)
                .stream().map(ChainTile::chain).toList();
        assertThat(byRank).isEqualTo(board.stream().map(LeaderboardEntry::chain).toList());
        assertThat(tiles).allSatisfy(t -> assertThat(t.versus()).isNotNull());
    }

    @Test
    void a_message_to_one_chain_reaches_only_its_teams_and_not_the_projector() {
        SessionInfo session = classic(2);
        SeatTicket first = sessions.join(session.joinCode(), "First", 0, "retailer", "msg-a");
        SeatTicket second = sessions.join(session.joinCode(), "Second", 1, "retailer", "msg-b");
        sessions.broadcast(session.id(), "Ten minutes left");
        sessions.messageChain(session.id(), 1, "Chain 2: check your backlog");

        assertThat(sessions.screen(first.token()).messages()).extracting(Broadcast::text).containsExactly("Ten minutes left");
        assertThat(sessions.screen(second.token()).messages())
                .containsExactly(new Broadcast(null, "Ten minutes left"), new Broadcast(1, "Chain 2: check your backlog"));
        assertThat(sessions.broadcasts(session.id())).containsExactly("Ten minutes left");
        assertThatThrownBy(() -> sessions.messageChain(session.id(), 2, "nobody"))
                .isInstanceOfSatisfying(PlayException.class, e -> assertThat(e.key()).isEqualTo("no-chain"));
        assertThatThrownBy(() -> sessions.messageChain(session.id(), 0, "  "))
                .isInstanceOfSatisfying(PlayException.class, e -> assertThat(e.key()).isEqualTo("message-length"));
    }

    @Test
    void a_seat_handed_to_a_bot_stops_the_class_waiting_refuses_the_team_and_can_be_given_back() {
        SessionInfo session = sessions.create(new SessionSettings("classic-beer-game", 1,
                Map.of("distributor", "base-stock", "factory", "base-stock"), null, DefaultRule.REPEAT_LAST, "base-stock", false, 5L));
        SeatTicket here = sessions.join(session.joinCode(), "Here", 0, "retailer", "hand-a");
        SeatTicket gone = sessions.join(session.joinCode(), "Gone", 0, "wholesaler", "hand-b");
        assertThat(session.turn()).isEqualTo(1);
        // the setup's own bots cannot be handed over: only seats a team joined
        assertThatThrownBy(() -> sessions.handToBot(session.id(), 0, "factory"))
                .isInstanceOfSatisfying(PlayException.class, e -> assertThat(e.key()).isEqualTo("no-team-seat"));
        sessions.start(session.id());
        sessions.submit(here.token(), 1, order(4));
        assertThat(sessions.info(session.id()).turn()).isEqualTo(1); // waiting for "Gone"

        sessions.handToBot(session.id(), 0, "wholesaler");
        // everyone else had submitted: the turn resolves at once
        assertThat(sessions.info(session.id()).turn()).isEqualTo(2);
        SeatStatus handed = sessions.seats(session.id()).stream().filter(s -> s.roleId().equals("wholesaler")).findFirst().orElseThrow();
        assertThat(handed.kind()).isEqualTo(SeatStatus.Kind.BOT);
        assertThat(handed.handedToBot()).isTrue();
        assertThat(handed.teamName()).isEqualTo("Gone");
        assertThat(handed.rejoinPin()).isNotNull();
        assertThatThrownBy(() -> sessions.submit(gone.token(), 2, new DecisionInput(List.of(), List.of(), List.of(), null, List.of())))
                .isInstanceOfSatisfying(PlayException.class, e -> assertThat(e.key()).isEqualTo("seat-with-bot"));
        assertThatThrownBy(() -> sessions.handToBot(session.id(), 0, "wholesaler"))
                .isInstanceOfSatisfying(PlayException.class, e -> assertThat(e.key()).isEqualTo("already-bot"));
        // the bot's turn is stored like any decision: the turn played stays as it was after the seat is given back
        sessions.submit(here.token(), 2, order(4));
        assertThat(sessions.info(session.id()).turn()).isEqualTo(3);

        sessions.giveBack(session.id(), 0, "wholesaler");
        assertThat(sessions.seats(session.id())).filteredOn(s -> s.roleId().equals("wholesaler"))
                .singleElement().satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(SeatStatus.Kind.TEAM);
                    assertThat(s.handedToBot()).isFalse();
                });
        sessions.submit(here.token(), 3, order(4));
        assertThat(sessions.info(session.id()).turn()).isEqualTo(3); // waits for "Gone" again
        assertThatThrownBy(() -> sessions.giveBack(session.id(), 0, "wholesaler"))
                .isInstanceOfSatisfying(PlayException.class, e -> assertThat(e.key()).isEqualTo("already-team"));
        DecisionInput wholesale = new DecisionInput(List.of(new DecisionInput.Order("beer", "wholesale-warehouse", 4, false)),
                List.of(), List.of(), null, List.of());
        sessions.submit(gone.token(), 3, wholesale);
        assertThat(sessions.info(session.id()).turn()).isEqualTo(4);
        // a decision sent for the turn being played is dropped when the seat goes to a bot: given back, the team decides again
        sessions.submit(gone.token(), 4, wholesale);
        sessions.handToBot(session.id(), 0, "wholesaler");
        sessions.giveBack(session.id(), 0, "wholesaler");
        assertThat(sessions.hasSubmitted(gone.token())).isFalse();
        sessions.submit(here.token(), 4, order(4));
        assertThat(sessions.info(session.id()).turn()).isEqualTo(4);
        sessions.submit(gone.token(), 4, wholesale);
        assertThat(sessions.info(session.id()).turn()).isEqualTo(5);
    }
}

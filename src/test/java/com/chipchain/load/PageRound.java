package com.chipchain.load;

import java.util.ArrayList;
import java.util.List;

/** What the load harness's real pages of one kind measured in one round, in milliseconds. */
final class PageRound {

    /** A round and whether its pages ran at CPU throttling; in the report's order, the first round's unthrottled pages first. */
    record Kind(int round, boolean throttled) implements Comparable<Kind> {
        @Override
        public int compareTo(Kind other) {
            return round != other.round ? Integer.compare(round, other.round) : Boolean.compare(throttled, other.throttled);
        }
    }

    /** Turn closed -> the new turn visible on the page. */
    final List<Long> visible = new ArrayList<>();
    /** Turn closed -> the push that carries the new turn in the browser's network stack (the server and the wire). */
    final List<Long> wire = new ArrayList<>();
    /** That push -> the new turn visible (the page's own work). */
    final List<Long> draw = new ArrayList<>();
    /**
     * Pages whose new turn came in no push frame the harness could read: in the answer to their own
     * click (it closed the turn), or in a message split across frames so that no frame held the turn
     * label. The report counts both as "in the answer to their own click".
     */
    int notPushed;
}

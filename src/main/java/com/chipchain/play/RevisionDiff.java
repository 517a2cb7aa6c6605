package com.chipchain.play;

import java.util.ArrayList;
import java.util.List;

/**
 * Two revisions of a scenario side by side: the lines that differ, each with its line numbers, and
 * a line of context around them (a longest common subsequence of lines; scenario files are a few
 * hundred lines, so the quadratic table is small).
 */
public final class RevisionDiff {

    /** A shown row: a line of the older text and/or of the newer one (0 = none on that side). */
    public record Row(Kind kind, int oldLine, String oldText, int newLine, String newText) {}

    public enum Kind { SAME, CHANGED, REMOVED, ADDED, GAP }

    private static final int CONTEXT = 1;
    private static final int MAX_LINES = 5_000;

    private RevisionDiff() {}

    public static List<Row> of(String older, String newer) {
        String[] a = older.split("\n", -1);
        String[] b = newer.split("\n", -1);
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            throw new PlayException(PlayException.Reason.INVALID_INPUT, "These revisions are too long to compare here.");
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Row> all = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                all.add(new Row(Kind.SAME, i + 1, a[i], j + 1, b[j]));
                i++;
                j++;
            } else if (i < a.length && j < b.length && common[i + 1][j] == common[i][j + 1]) {
                all.add(new Row(Kind.CHANGED, i + 1, a[i], j + 1, b[j])); // one line became another
                i++;
                j++;
            } else if (j >= b.length || (i < a.length && common[i + 1][j] >= common[i][j + 1])) {
                all.add(new Row(Kind.REMOVED, i + 1, a[i], 0, ""));
                i++;
            } else {
                all.add(new Row(Kind.ADDED, 0, "", j + 1, b[j]));
                j++;
            }
        }
        return withContext(all);
    }

    /** Only the changed rows and a line around each; a gap row stands for the same lines left out. */
    private static List<Row> withContext(List<Row> all) {
        boolean[] keep = new boolean[all.size()];
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).kind() != Kind.SAME) {
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(all.size() - 1, k + CONTEXT); c++) {
                    keep[c] = true;
                }
            }
        }
        List<Row> shown = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            if (keep[k]) {
                shown.add(all.get(k));
            } else if (shown.isEmpty() || shown.get(shown.size() - 1).kind() != Kind.GAP) {
                shown.add(new Row(Kind.GAP, 0, "", 0, ""));
            }
        }
        return shown;
    }
}

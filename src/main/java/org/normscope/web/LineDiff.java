package org.normscope.web;

import java.util.ArrayList;
import java.util.List;

/** Aligns two texts line by line (longest common subsequence) and marks the lines that differ. */
final class LineDiff {
    private LineDiff() {
    }

    static List<Views.DiffLine> align(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Views.DiffLine> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Views.DiffLine(a.get(i++), b.get(j++), false));
            } else if (i < n && j < m && lcs[i + 1][j] == lcs[i][j + 1]) {
                out.add(new Views.DiffLine(a.get(i++), b.get(j++), true));   // a changed line
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add(new Views.DiffLine("", b.get(j++), true));
            } else {
                out.add(new Views.DiffLine(a.get(i++), "", true));
            }
        }
        return out;
    }
}

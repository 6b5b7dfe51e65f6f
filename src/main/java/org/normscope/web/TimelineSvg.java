package org.normscope.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.normscope.model.PartialDate;

/**
 * A timeline of periods: one lane per member (or per organisation), a bar per period in its
 * role's colour, a year axis and a line at the page's date. The part of a bar that a partial
 * date leaves uncertain is drawn pale, so "2005" never looks like 1 January.
 */
final class TimelineSvg {
    record Bar(@Nullable PartialDate from, @Nullable PartialDate to, String label, String fill) {
    }

    record Lane(String label, List<Bar> bars) {
    }

    private static final int LABEL = 170;
    private static final int WIDTH = 960;
    private static final int LANE = 18;

    private TimelineSvg() {
    }

    static String draw(String title, List<Lane> lanes, LocalDate at, LocalDate today) {
        int first = today.getYear();
        for (Lane l : lanes) {
            for (Bar b : l.bars()) {
                if (b.from() != null) {
                    first = Math.min(first, b.from().possiblyEarliest().getYear());
                }
            }
        }
        first = Math.min(first, at.getYear());
        LocalDate start = LocalDate.of(first, 1, 1);
        LocalDate end = LocalDate.of(Math.max(today.getYear(), at.getYear()) + 1, 1, 1);
        double days = end.toEpochDay() - start.toEpochDay();
        int height = 30 + lanes.size() * LANE + 10;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"tl-title\" class=\"timeline\"><title id=\"tl-title\">")
                .append(Html.esc(title)).append("</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        int span = end.getYear() - first;
        int step = span > 60 ? 10 : span > 25 ? 5 : span > 10 ? 2 : 1;
        for (int y = first; y < end.getYear(); y++) {
            if (y % step != 0) {
                continue;
            }
            double x = xOf(LocalDate.of(y, 1, 1), start, days);
            b.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"20\" y2=\"").append(height - 5)
                    .append("\" stroke=\"#e0e0e0\"/><text x=\"").append(f(x + 2)).append("\" y=\"14\" font-size=\"11\" fill=\"#333333\" font-family=\"sans-serif\">")
                    .append(y).append("</text>");
        }
        int row = 0;
        for (Lane l : lanes) {
            int y = 26 + row * LANE;
            b.append("<text x=\"4\" y=\"").append(y + 12).append("\" font-size=\"12\" fill=\"#1a1a1a\" font-family=\"sans-serif\">")
                    .append(Html.esc(l.label().length() > 26 ? l.label().substring(0, 25) + "…" : l.label())).append("</text>");
            for (Bar bar : l.bars()) {
                LocalDate softStart = bar.from() == null ? start : bar.from().possiblyEarliest();
                LocalDate hardStart = bar.from() == null ? start : bar.from().possiblyLatest();
                LocalDate hardEnd = bar.to() == null ? end : bar.to().possiblyEarliest();
                LocalDate softEnd = bar.to() == null ? end : bar.to().possiblyLatest();
                String tip = Html.esc(l.label() + ": " + bar.label() + " " + (bar.from() == null ? "…" : bar.from()) + " – "
                        + (bar.to() == null ? "" : bar.to()));
                rect(b, xOf(softStart, start, days), xOf(hardStart, start, days), y, bar.fill(), 0.35, tip);
                rect(b, xOf(hardStart, start, days), xOf(hardEnd, start, days), y, bar.fill(), 1.0, tip);
                rect(b, xOf(hardEnd, start, days), xOf(softEnd, start, days), y, bar.fill(), 0.35, tip);
            }
            row++;
        }
        double ax = xOf(at, start, days);
        b.append("<line x1=\"").append(f(ax)).append("\" x2=\"").append(f(ax)).append("\" y1=\"18\" y2=\"").append(height - 2)
                .append("\" stroke=\"#b03a2e\" stroke-width=\"1.5\"><title>").append(at).append("</title></line></svg>");
        return b.toString();
    }

    private static void rect(StringBuilder b, double x1, double x2, int y, String fill, double opacity, String tip) {
        if (x2 - x1 < 0.1) {
            return;
        }
        b.append("<rect x=\"").append(f(x1)).append("\" y=\"").append(y + 2).append("\" width=\"").append(f(x2 - x1))
                .append("\" height=\"").append(LANE - 5).append("\" fill=\"").append(fill).append("\" fill-opacity=\"").append(opacity)
                .append("\"><title>").append(tip).append("</title></rect>");
    }

    private static double xOf(LocalDate d, LocalDate start, double days) {
        double t = (d.toEpochDay() - start.toEpochDay()) / days;
        return LABEL + Math.max(0, Math.min(1, t)) * (WIDTH - LABEL - 10);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

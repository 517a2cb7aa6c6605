package com.chipchain.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * How a class of many chains spread out, as a histogram drawn on the server: how many chains fell
 * in each band of a figure (score, bullwhip), with the benchmark bots' figure as a dashed line.
 * Forty rows of numbers say less to a room than where the bars stand against that line. No
 * script: a projector and a debrief show it as soon as the page does.
 */
final class DistributionSvg {

    static final double WIDTH = 640;
    static final double HEIGHT = 250;
    private static final double LEFT = 36;
    private static final double RIGHT = 16;
    private static final double TOP = 44;
    private static final double BOTTOM = 46;

    /**
     * @param values one figure per chain
     * @param mark the benchmark's figure, or null when there is none
     * @param markLabel what the dashed line is called ("Benchmark bots: 1,234")
     * @param axisTitle what the figure is, under the bars
     * @param format how a figure is written on the axis
     */
    record Spread(List<Double> values, Double mark, String markLabel, String axisTitle, DoubleFunction<String> format) {}

    private DistributionSvg() {}

    static Component of(String id, Spread spread) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("distribution");
        box.getElement().setProperty("innerHTML", markup(spread));
        return box;
    }

    /** Bins for this many chains: about the square root, between 4 and 12. */
    static int bins(int count) {
        return Math.max(4, Math.min(12, (int) Math.round(Math.sqrt(count)) + 1));
    }

    static String markup(Spread spread) {
        List<Double> values = spread.values();
        double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (hi - lo < 1e-9) {
            double pad = Math.max(Math.abs(hi) * 0.05, 0.5);
            lo -= pad;
            hi += pad;
        }
        // the benchmark joins the axis when it is near the class; far off, the bars would shrink into one,
        // so it is then an arrow at the edge on its side, with its figure
        Double mark = spread.mark();
        int markOff = 0;
        if (mark != null) {
            double span = hi - lo;
            if (mark < lo - span) {
                markOff = -1;
            } else if (mark > hi + span) {
                markOff = 1;
            } else {
                lo = Math.min(lo, mark);
                hi = Math.max(hi, mark);
            }
        }
        int bins = bins(values.size());
        int[] counts = new int[bins];
        for (double v : values) {
            counts[Math.min(bins - 1, (int) ((v - lo) / (hi - lo) * bins))]++;
        }
        int most = 1;
        for (int c : counts) {
            most = Math.max(most, c);
        }
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double barW = plotW / bins;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(n(WIDTH)).append(' ').append(n(HEIGHT)).append("\" role=\"img\" aria-label=\"")
                .append(Texts.html(spread.axisTitle())).append("\">");
        svg.append("<line class=\"axis\" x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(TOP + plotH)).append("\" x2=\"")
                .append(n(LEFT + plotW)).append("\" y2=\"").append(n(TOP + plotH)).append("\"/>");
        for (int b = 0; b < bins; b++) {
            if (counts[b] == 0) {
                continue;
            }
            double h = plotH * counts[b] / most;
            double x = LEFT + b * barW;
            svg.append("<rect class=\"bar\" data-count=\"").append(counts[b]).append("\" x=\"").append(n(x + 2)).append("\" y=\"")
                    .append(n(TOP + plotH - h)).append("\" width=\"").append(n(barW - 4)).append("\" height=\"").append(n(h)).append("\"/>");
            svg.append(text(x + barW / 2, TOP + plotH - h - 4, "count", String.valueOf(counts[b])));
        }
        // three figures under the axis: both ends and the middle
        for (int i = 0; i <= 2; i++) {
            double v = lo + (hi - lo) * i / 2;
            String anchor = i == 0 ? "start" : i == 2 ? "end" : "middle";
            svg.append("<text class=\"tick\" text-anchor=\"").append(anchor).append("\" x=\"").append(n(LEFT + plotW * i / 2))
                    .append("\" y=\"").append(n(TOP + plotH + 16)).append("\">").append(Texts.html(spread.format().apply(v))).append("</text>");
        }
        svg.append(text(LEFT + plotW / 2, HEIGHT - 6, "axis-title", spread.axisTitle()));
        if (mark != null && markOff != 0) {
            boolean right = markOff > 0;
            svg.append("<text class=\"mark-label mark-off\" text-anchor=\"").append(right ? "end" : "start").append("\" x=\"")
                    .append(n(right ? WIDTH - 2 : 2)).append("\" y=\"").append(n(16)).append("\">")
                    .append(Texts.html(right ? spread.markLabel() + " →" : "← " + spread.markLabel())).append("</text>");
        } else if (mark != null) {
            double x = LEFT + plotW * (mark - lo) / (hi - lo);
            svg.append("<line class=\"mark\" x1=\"").append(n(x)).append("\" y1=\"").append(n(22)).append("\" x2=\"").append(n(x))
                    .append("\" y2=\"").append(n(TOP + plotH)).append("\"/>");
            // the label stays inside the picture on whichever side of the line has room
            String anchor = x < WIDTH * 0.25 ? "start" : x > WIDTH * 0.75 ? "end" : "middle";
            svg.append("<text class=\"mark-label\" text-anchor=\"").append(anchor).append("\" x=\"").append(n(x)).append("\" y=\"")
                    .append(n(16)).append("\">").append(Texts.html(spread.markLabel())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String text(double x, double y, String style, String content) {
        return "<text class=\"" + style + "\" text-anchor=\"middle\" x=\"" + n(x) + "\" y=\"" + n(y) + "\">" + Texts.html(content) + "</text>";
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

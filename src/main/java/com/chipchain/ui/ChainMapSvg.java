package com.chipchain.ui;

import com.chipchain.play.ChainMap;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws a {@link ChainMap} as SVG on the server: stages from the chip makers to the end market,
 * each site a box with its country and how full its capacity ran (red from 95 %: the bottleneck),
 * lanes with the units in transit and the US tariff in force. Two drawings, one per orientation:
 * across on a wide screen, down on a phone (styles.css shows one), so neither scrolls sideways.
 */
final class ChainMapSvg {

    private static final int NODE_W = 156;
    private static final int NODE_H = 62;
    private static final int GAP = 14;
    private static final int STAGE_GAP = 74;
    private static final java.util.regex.Pattern LONG_DECIMALS = java.util.regex.Pattern.compile("(\\d\\.\\d)\\d+");

    private ChainMapSvg() {}

    static Component of(ChainMap map, String id) {
        Div box = new Div();
        // set as markup so the browser's own parser builds the SVG (every text in it is escaped here)
        box.getElement().setProperty("innerHTML", draw(map, false) + draw(map, true));
        box.setId(id);
        box.addClassName("chain-map");
        return box;
    }

    /**
     * Where a site's box is, and on a phone's drawing how lanes reach it: a box in its stage's last
     * row sends lanes from its bottom, one in an earlier row from its side along a gutter beside the
     * rows below it (so no lane runs across another box); a box in a stage's first row takes lanes at
     * its top, one in a later row from its side.
     */
    private record Place(double x, double y, boolean firstRow, boolean lastRow, boolean leftSide, double stageTop, double stageBottom) {}

    /** A phone's drawing puts at most this many sites side by side, so its text stays readable. */
    private static final int PER_ROW_DOWN = 2;
    /** Room beside the rows of a phone's drawing for lanes that leave or reach a box in a middle row. */
    private static final int GUTTER = 18;

    static String draw(ChainMap map, boolean down) {
        int perRow = down ? PER_ROW_DOWN : Integer.MAX_VALUE;
        int widest = map.stages().stream().mapToInt(s -> Math.min(perRow, s.nodes().size())).max().orElse(1);
        int stages = map.stages().size();
        double across = widest * (down ? NODE_W + GAP : NODE_H + GAP) - GAP;
        Map<String, Place> places = new HashMap<>();
        StringBuilder nodes = new StringBuilder();
        double along = 0;
        for (int s = 0; s < stages; s++) {
            ChainMap.Stage stage = map.stages().get(s);
            int count = stage.nodes().size();
            int rows = down ? (count + perRow - 1) / perRow : 1;
            double stageBottom = along + rows * (NODE_H + GAP) - GAP;
            for (int n = 0; n < count; n++) {
                ChainMap.Node node = stage.nodes().get(n);
                int row = down ? n / perRow : 0;
                int inRow = down ? Math.min(perRow, count - row * perRow) : count;
                int k = down ? n % perRow : n;
                double span = inRow * (down ? NODE_W + GAP : NODE_H + GAP) - GAP;
                double offset = (across - span) / 2 + k * (down ? NODE_W + GAP : NODE_H + GAP);
                Place at = down
                        ? new Place(offset, along + row * (NODE_H + GAP), row == 0, row == rows - 1, offset + NODE_W / 2.0 < across / 2.0 + 0.5,
                                along, stageBottom)
                        : new Place(along, offset, true, true, false, along, along);
                places.put(node.siteId(), at);
                nodes.append(node(node, at, map.withFigures()));
            }
            along += down ? rows * (NODE_H + GAP) - GAP + STAGE_GAP : NODE_W + STAGE_GAP;
        }
        double length = along - STAGE_GAP;
        double width = down ? across : length;
        double height = down ? length : across;
        StringBuilder lanes = new StringBuilder();
        for (ChainMap.Lane lane : map.lanes()) {
            Place from = places.get(lane.from());
            Place to = places.get(lane.to());
            if (from != null && to != null) {
                lanes.append(lane(lane, from, to, down, across));
            }
        }
        double margin = down ? GUTTER + 4 : 4;
        String svg = "<svg class=\"chain-map-" + (down ? "down" : "across") + "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\""
                + (-margin) + " -4 " + (width + 2 * margin) + " " + (height + 8) + "\" role=\"img\" font-family=\"sans-serif\">" + lanes + nodes + "</svg>";
        // a tenth of a pixel is enough: every screen receives this drawing on every turn
        return LONG_DECIMALS.matcher(svg).replaceAll("$1");
    }

    private static String node(ChainMap.Node node, Place at, boolean figures) {
        int full = node.percentFull();
        boolean bottleneck = figures && full >= 95;
        String stroke = bottleneck ? "#c92a2a" : node.own() ? "#1676f3" : "#adb5bd";
        StringBuilder svg = new StringBuilder();
        svg.append("<g class=\"map-site").append(bottleneck ? " bottleneck" : "").append(node.own() ? " own" : "")
                .append("\" data-site=\"").append(Texts.html(node.siteId())).append("\">");
        svg.append(rect(at.x(), at.y(), NODE_W, NODE_H, "#fff", stroke, node.own() || bottleneck ? 2.5 : 1.2));
        svg.append(text(at.x() + 8, at.y() + 17, 12, "600", "#212529", shorten(Texts.of(node.site()), 22)));
        svg.append(text(at.x() + 8, at.y() + 32, 10.5, "400", "#495057",
                shorten(node.country() + " · " + Texts.of(node.company()), 28)));
        if (figures && full >= 0) {
            double barW = NODE_W - 56;
            String color = full >= 95 ? "#c92a2a" : full >= 75 ? "#e8590c" : "#2b8a3e";
            svg.append(rect(at.x() + 8, at.y() + 42, barW, 10, "#e9ecef", "none", 0));
            svg.append(rect(at.x() + 8, at.y() + 42, barW * Math.min(100, full) / 100.0, 10, color, "none", 0));
            svg.append(text(at.x() + NODE_W - 8, at.y() + 51, 11, "700", color, full + " %").replace("<text ", "<text text-anchor=\"end\" "));
        }
        svg.append("<title>").append(Texts.html(Texts.of(node.site()) + " (" + node.country() + ")"
                + (figures && full >= 0 ? ": " + full + " % of " + node.usable() + " usable capacity" : ""))).append("</title>");
        return svg.append("</g>").toString();
    }

    private static String lane(ChainMap.Lane lane, Place from, Place to, boolean down, double across) {
        String path;
        double mx;
        double my;
        if (down) {
            // leave: from the bottom of a last-row box, else from its side down the gutter to below the stage
            double gutterFrom = from.leftSide() ? -GUTTER / 2.0 : across + GUTTER / 2.0;
            double sideFrom = from.leftSide() ? from.x() : from.x() + NODE_W;
            double x1 = from.lastRow() ? from.x() + NODE_W / 2.0 : gutterFrom;
            double y1 = from.stageBottom();
            String start = from.lastRow() ? "M" + x1 + " " + y1
                    : "M" + sideFrom + " " + (from.y() + NODE_H / 2.0) + " H" + gutterFrom + " V" + y1;
            // arrive: at the top of a first-row box, else down the gutter to its side
            double gutterTo = to.leftSide() ? -GUTTER / 2.0 : across + GUTTER / 2.0;
            double sideTo = to.leftSide() ? to.x() : to.x() + NODE_W;
            double x2 = to.firstRow() ? to.x() + NODE_W / 2.0 : gutterTo;
            double y2 = to.stageTop();
            String end = to.firstRow() ? "" : " V" + (to.y() + NODE_H / 2.0) + " H" + sideTo;
            path = start + " C" + x1 + " " + (y1 + STAGE_GAP / 2.0) + " " + x2 + " " + (y2 - STAGE_GAP / 2.0) + " " + x2 + " " + y2 + end;
            mx = (x1 + x2) / 2;
            my = (y1 + y2) / 2;
        } else {
            double x1 = from.x() + NODE_W;
            double y1 = from.y() + NODE_H / 2.0;
            double x2 = to.x();
            double y2 = to.y() + NODE_H / 2.0;
            path = "M" + x1 + " " + y1 + " C" + (x1 + STAGE_GAP / 2.0) + " " + y1 + " " + (x2 - STAGE_GAP / 2.0) + " " + y2 + " " + x2 + " " + y2;
            mx = (x1 + x2) / 2;
            my = (y1 + y2) / 2;
        }
        boolean taxed = lane.tariffPercent() != null && lane.tariffPercent().signum() > 0;
        boolean moving = lane.inTransit() > 0;
        StringBuilder svg = new StringBuilder("<g class=\"map-lane\">");
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(taxed ? "#c92a2a" : "#868e96")
                .append("\" stroke-width=\"").append(moving ? 2.6 : 1.2).append("\"")
                .append(moving ? "" : " stroke-dasharray=\"4 3\"").append("/>");
        String label = (moving ? Texts.number(lane.inTransit()) : "") + (taxed ? (moving ? " · " : "")
                + lane.tariffPercent().stripTrailingZeros().toPlainString() + " %" : "");
        if (!label.isEmpty()) {
            double half = 3.4 * label.length() + 4;
            if (down) {
                // a lane along a gutter has its middle near the edge: keep its label inside the drawing
                mx = Math.max(-GUTTER + half, Math.min(across + GUTTER - half, mx));
            }
            svg.append(rect(mx - half, my - 9, 2 * half, 16, "#fff", taxed ? "#c92a2a" : "#ced4da", 1));
            svg.append(text(mx, my + 3, 10.5, "600", taxed ? "#c92a2a" : "#343a40", label).replace("<text ", "<text text-anchor=\"middle\" "));
        }
        svg.append("<title>").append(Texts.html(Texts.of(lane.product()) + (moving ? ": " + lane.inTransit() + " in transit" : "")
                + (taxed ? ", US tariff " + lane.tariffPercent().stripTrailingZeros().toPlainString() + " %" : ""))).append("</title>");
        return svg.append("</g>").toString();
    }

    private static String rect(double x, double y, double w, double h, String fill, String stroke, double strokeWidth) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\" rx=\"6\" fill=\"" + fill
                + "\" stroke=\"" + stroke + "\" stroke-width=\"" + strokeWidth + "\"/>";
    }

    private static String text(double x, double y, double size, String weight, String color, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"" + size + "\" font-weight=\"" + weight + "\" fill=\"" + color
                + "\">" + Texts.html(content) + "</text>";
    }

    /**
     * Cuts a text to fit a box {@code max} Latin letters wide: a Hangul or CJK character takes the
     * room of almost two (a Korean site name of 15 characters is as wide as an English one of 26).
     */
    static String shorten(String text, int max) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += wide(text.charAt(i)) ? 1.8 : 1;
            if (width > max) {
                return text.substring(0, Math.max(0, i - 1)) + "…";
            }
        }
        return text;
    }

    private static boolean wide(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

}

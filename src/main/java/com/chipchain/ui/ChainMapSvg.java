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
 * Colours, strokes and type come from classes styled in styles.css, so the markup every screen
 * receives on every turn is geometry and text only.
 */
final class ChainMapSvg {

    private static final int NODE_W = 156;
    private static final int NODE_H = 62;
    private static final int GAP = 14;
    private static final int STAGE_GAP = 74;
    /** Drawings kept: a chain's seats, and every screen of a projector, share one per turn and language. */
    private static final int KEPT = 256;

    private record Drawn(ChainMap map, java.util.Locale locale) {}

    private static final Map<Drawn, String> DRAWINGS = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Drawn, String> eldest) {
                    return size() > KEPT;
                }
            });

    private ChainMapSvg() {}

    /** A map on a page, kept from turn to turn: a new drawing is sent only when the map changed. */
    static final class Drawing extends Div {
        private String shown;

        Drawing(String id) {
            setId(id);
            addClassName("chain-map");
        }

        Drawing show(ChainMap map) {
            // the page fetches the chain's drawing (shared by its five seats) and marks the seat's own sites
            String url = MapDrawings.publish(plainMarkup(map));
            String shownNow = url + " " + map.ownSites();
            if (!shownNow.equals(shown)) {
                shown = shownNow;
                getElement().executeJs(FETCH, url, String.join(" ", map.ownSites()));
            }
            return this;
        }
    }

    static Component of(ChainMap map, String id) {
        return new Drawing(id).show(map);
    }

    /**
     * Both drawings of the map in the viewer's language. The five seats of a chain see the same map
     * but for which sites are theirs, so it is drawn once per chain, turn and language, and each
     * seat's sites are then marked with the class "own".
     */
    static String markup(ChainMap map) {
        String drawing = plainMarkup(map);
        for (String site : map.ownSites()) {
            String mark = "data-site=\"" + Texts.html(site) + "\" class=\"map-site";
            drawing = drawing.replace(mark, mark + " own");
        }
        return drawing;
    }

    /** Both drawings without the seat's own sites marked: what the five seats of a chain share. */
    static String plainMarkup(ChainMap map) {
        ChainMap plain = map.unmarked();
        return DRAWINGS.computeIfAbsent(new Drawn(plain, Texts.locale()), key -> draw(plain, false) + draw(plain, true));
    }

    /**
     * Fetches a drawing into the element and marks the own sites; a drawing asked for later wins over
     * one still on its way (the browser parses the SVG: every text in it is escaped here).
     */
    private static final String FETCH = """
            const el = this, url = $0, own = $1 ? $1.split(' ') : [];
            el.dataset.map = url;
            fetch(url, {credentials: 'same-origin'})
              .then(r => r.ok ? r.text() : Promise.reject(new Error(url + ': ' + r.status)))
              .then(svg => {
                if (el.dataset.map !== url) return;
                el.innerHTML = svg;
                el.querySelectorAll('g.map-site').forEach(g => { if (own.includes(g.dataset.site)) g.classList.add('own'); });
              })
              .catch(e => console.warn('chain map not loaded', e));""";

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
        return "<svg class=\"chain-map-" + (down ? "down" : "across") + "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\""
                + n(-margin) + " -4 " + n(width + 2 * margin) + " " + n(height + 8) + "\" role=\"img\">" + lanes + nodes + "</svg>";
    }

    private static String node(ChainMap.Node node, Place at, boolean figures) {
        int full = node.percentFull();
        boolean bottleneck = figures && full >= 95;
        StringBuilder svg = new StringBuilder();
        svg.append("<g data-site=\"").append(Texts.html(node.siteId())).append("\" class=\"map-site")
                .append(node.own() ? " own" : "").append(bottleneck ? " bottleneck" : "").append("\">");
        svg.append(rect(at.x(), at.y(), NODE_W, NODE_H, "box"));
        svg.append(fitted(at.x() + 8, at.y() + 17, "name", Texts.of(node.site()), 22));
        svg.append(fitted(at.x() + 8, at.y() + 32, "where", node.country() + " · " + Texts.of(node.company()), 28));
        if (figures && full >= 0) {
            double barW = NODE_W - 56;
            String level = full >= 95 ? "hot" : full >= 75 ? "warm" : "ok";
            svg.append(rect(at.x() + 8, at.y() + 42, barW, 10, "bar"));
            svg.append(rect(at.x() + 8, at.y() + 42, barW * Math.min(100, full) / 100.0, 10, "fill " + level));
            svg.append(text(at.x() + NODE_W - 8, at.y() + 51, "full " + level, full + " %"));
        }
        svg.append("<title>").append(Texts.html(Texts.of(node.site()) + " (" + node.country() + " · " + Texts.of(node.company()) + ")"
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
            String start = from.lastRow() ? "M" + n(x1) + " " + n(y1)
                    : "M" + n(sideFrom) + " " + n(from.y() + NODE_H / 2.0) + " H" + n(gutterFrom) + " V" + n(y1);
            // arrive: at the top of a first-row box, else down the gutter to its side
            double gutterTo = to.leftSide() ? -GUTTER / 2.0 : across + GUTTER / 2.0;
            double sideTo = to.leftSide() ? to.x() : to.x() + NODE_W;
            double x2 = to.firstRow() ? to.x() + NODE_W / 2.0 : gutterTo;
            double y2 = to.stageTop();
            String end = to.firstRow() ? "" : " V" + n(to.y() + NODE_H / 2.0) + " H" + n(sideTo);
            path = start + " C" + n(x1) + " " + n(y1 + STAGE_GAP / 2.0) + " " + n(x2) + " " + n(y2 - STAGE_GAP / 2.0) + " " + n(x2) + " " + n(y2) + end;
            mx = (x1 + x2) / 2;
            my = (y1 + y2) / 2;
        } else {
            double x1 = from.x() + NODE_W;
            double y1 = from.y() + NODE_H / 2.0;
            double x2 = to.x();
            double y2 = to.y() + NODE_H / 2.0;
            path = "M" + n(x1) + " " + n(y1) + " C" + n(x1 + STAGE_GAP / 2.0) + " " + n(y1) + " " + n(x2 - STAGE_GAP / 2.0) + " " + n(y2)
                    + " " + n(x2) + " " + n(y2);
            mx = (x1 + x2) / 2;
            my = (y1 + y2) / 2;
        }
        boolean taxed = lane.tariffPercent() != null && lane.tariffPercent().signum() > 0;
        boolean moving = lane.inTransit() > 0;
        String tax = taxed ? " taxed" : "";
        StringBuilder svg = new StringBuilder("<g class=\"map-lane\">");
        svg.append("<path d=\"").append(path).append("\" class=\"lane").append(moving ? " moving" : "").append(tax).append("\"/>");
        String label = (moving ? Texts.number(lane.inTransit()) : "") + (taxed ? (moving ? " · " : "")
                + lane.tariffPercent().stripTrailingZeros().toPlainString() + " %" : "");
        if (!label.isEmpty()) {
            double half = 3.4 * label.length() + 4;
            if (down) {
                // a lane along a gutter has its middle near the edge: keep its label inside the drawing
                mx = Math.max(-GUTTER + half, Math.min(across + GUTTER - half, mx));
            }
            svg.append(rect(mx - half, my - 9, 2 * half, 16, "tag" + tax));
            svg.append(text(mx, my + 3, "tag-text" + tax, label));
        }
        svg.append("<title>").append(Texts.html(Texts.of(lane.product()) + (moving ? ": " + lane.inTransit() + " in transit" : "")
                + (taxed ? ", US tariff " + lane.tariffPercent().stripTrailingZeros().toPlainString() + " %" : ""))).append("</title>");
        return svg.append("</g>").toString();
    }

    private static String rect(double x, double y, double w, double h, String style) {
        return "<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w) + "\" height=\"" + n(h) + "\" rx=\"6\" class=\"" + style + "\"/>";
    }

    private static String text(double x, double y, String style, String content) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" class=\"" + style + "\">" + Texts.html(content) + "</text>";
    }

    /** A coordinate to a tenth of a pixel, without a trailing ".0": every screen receives these on every turn. */
    static String n(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths < 0 && tenths > -10 ? "-" : "") + tenths / 10 + "." + Math.abs(tenths % 10);
    }

    /**
     * A line of a site's box, whole: a text wider than the box ({@code max} Latin letters; a Hangul
     * or CJK character takes the room of almost two) is drawn narrower to fit it, never cut, and
     * the box's title holds it too.
     */
    static String fitted(double x, double y, String style, String content, int max) {
        if (letters(content) <= max) {
            return text(x, y, style, content);
        }
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" class=\"" + style + "\" textLength=\"" + (NODE_W - 16)
                + "\" lengthAdjust=\"spacingAndGlyphs\">" + Texts.html(content) + "</text>";
    }

    static double letters(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += wide(text.charAt(i)) ? 1.8 : 1;
        }
        return width;
    }

    private static boolean wide(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

}

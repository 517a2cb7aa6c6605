package com.chipchain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.play.ChainMap;
import com.chipchain.play.Label;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The chain map as drawn: on a phone a stage of three sites takes two rows, and still no lane or label covers a box. */
class ChainMapSvgTest {

    record Box(double x, double y, double w, double h) {
        boolean holds(double px, double py, double inset) {
            return px > x + inset && px < x + w - inset && py > y + inset && py < y + h - inset;
        }

        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    /** Three foundry sites (two rows on a phone) feeding two packagers, one of them in the second row of nothing: a stage of three again. */
    static ChainMap crowded() {
        List<ChainMap.Node> makers = List.of(node("tw", "TW"), node("az", "US"), node("jp", "JP"));
        List<ChainMap.Node> packers = List.of(node("p-tw", "TW"), node("p-az", "US"), node("p-kr", "KR"));
        List<ChainMap.Node> market = List.of(node("nv", "US"));
        List<ChainMap.Lane> lanes = new ArrayList<>();
        for (ChainMap.Node m : makers) {
            for (ChainMap.Node p : packers) {
                lanes.add(new ChainMap.Lane(m.siteId(), p.siteId(), new Label("die", "다이"), 1200, new BigDecimal("25")));
            }
        }
        for (ChainMap.Node p : packers) {
            lanes.add(new ChainMap.Lane(p.siteId(), "nv", new Label("module", "모듈"), 80, null));
        }
        return new ChainMap(List.of(new ChainMap.Stage(2, makers), new ChainMap.Stage(1, packers), new ChainMap.Stage(0, market)), lanes, true);
    }

    static ChainMap.Node node(String id, String country) {
        return new ChainMap.Node(id, new Label("Site " + id, "공장 " + id), new Label("Company", "회사"), country, 100, 100, 97, 0, false);
    }

    @Test
    void on_a_phone_no_lane_runs_across_a_box_and_no_label_sits_on_one() throws Exception {
        String svg = ChainMapSvg.draw(crowded(), true);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.writeString(Path.of("target/screenshots/chain-map-crowded-down.svg"), svg);
        List<Box> boxes = new ArrayList<>();
        List<Box> labels = new ArrayList<>();
        for (String group : svg.split("<g ")) {
            Matcher rect = Pattern.compile("<rect x=\"([-\\d.]+)\" y=\"([-\\d.]+)\" width=\"([\\d.]+)\" height=\"([\\d.]+)\"").matcher(group);
            if (rect.find()) {
                Box box = new Box(Double.parseDouble(rect.group(1)), Double.parseDouble(rect.group(2)),
                        Double.parseDouble(rect.group(3)), Double.parseDouble(rect.group(4)));
                (group.contains("class=\"map-site") ? boxes : labels).add(box);
            }
        }
        assertThat(boxes).hasSize(7);
        assertThat(labels).hasSize(12);
        Matcher view = Pattern.compile("viewBox=\"([-\\d.]+) ([-\\d.]+) ([\\d.]+) ([\\d.]+)\"").matcher(svg);
        assertThat(view.find()).isTrue();
        double left = Double.parseDouble(view.group(1));
        double right = left + Double.parseDouble(view.group(3));
        for (Box label : labels) {
            assertThat(boxes).as("label at %s", label).noneMatch(label::overlaps);
            assertThat(label.x()).as("label inside the drawing").isBetween(left, right - label.w());
        }
        Matcher d = Pattern.compile(" d=\"([^\"]+)\"").matcher(svg);
        int paths = 0;
        while (d.find()) {
            paths++;
            for (double[] point : sample(d.group(1))) {
                // a lane may touch the edge of the boxes it joins, never pass through the inside of any box
                assertThat(boxes).as("lane %s at (%.0f, %.0f)", d.group(1), point[0], point[1])
                        .noneMatch(box -> box.holds(point[0], point[1], 2));
            }
        }
        assertThat(paths).isEqualTo(12);
    }

    @Test
    void across_a_desktop_every_stage_is_one_column() {
        String svg = ChainMapSvg.draw(crowded(), false);
        Matcher x = Pattern.compile("class=\"map-site[^>]*><rect x=\"([-\\d.]+)\"").matcher(svg);
        List<Double> columns = new ArrayList<>();
        while (x.find()) {
            columns.add(Double.parseDouble(x.group(1)));
        }
        assertThat(columns.stream().distinct()).hasSize(3);
    }

    @Test
    void a_seat_sees_its_own_sites_marked_on_the_drawing_its_chain_shares() {
        ChainMap plain = crowded();
        ChainMap seen = mark(plain, "az");
        String markup = ChainMapSvg.markup(seen);
        assertThat(markup).contains("data-site=\"az\" class=\"map-site own bottleneck\"");
        assertThat(markup.split(" own ", -1)).as("the site in both drawings, no other").hasSize(3);
        assertThat(ChainMapSvg.markup(plain)).doesNotContain(" own").isEqualTo(markup.replace(" own ", " "));
        assertThat(seen.unmarked()).isEqualTo(plain);
    }

    @Test
    void coordinates_are_written_to_a_tenth_without_a_trailing_zero() {
        assertThat(List.of(ChainMapSvg.n(156.0), ChainMapSvg.n(-4.0), ChainMapSvg.n(10.5), ChainMapSvg.n(-0.5),
                ChainMapSvg.n(-12.5), ChainMapSvg.n(3.44), ChainMapSvg.n(0.96))).containsExactly("156", "-4", "10.5", "-0.5", "-12.5", "3.4", "1");
    }

    private static ChainMap mark(ChainMap map, String site) {
        return new ChainMap(map.stages().stream().map(stage -> new ChainMap.Stage(stage.depth(), stage.nodes().stream()
                .map(n -> new ChainMap.Node(n.siteId(), n.site(), n.company(), n.country(), n.capacity(), n.usable(), n.started(),
                        n.building(), n.siteId().equals(site))).toList())).toList(), map.lanes(), map.withFigures());
    }

    /** Points along an SVG path of M, H, V and C commands (absolute), as the drawing writes them. */
    static List<double[]> sample(String path) {
        List<double[]> points = new ArrayList<>();
        Matcher m = Pattern.compile("([MHVC])([^MHVC]*)").matcher(path);
        double x = 0;
        double y = 0;
        while (m.find()) {
            String[] n = m.group(2).trim().split("\\s+");
            switch (m.group(1)) {
                case "M" -> {
                    x = Double.parseDouble(n[0]);
                    y = Double.parseDouble(n[1]);
                }
                case "H", "V" -> {
                    double to = Double.parseDouble(n[0]);
                    for (int i = 0; i <= 20; i++) {
                        double t = i / 20.0;
                        points.add(m.group(1).equals("H") ? new double[] {x + (to - x) * t, y} : new double[] {x, y + (to - y) * t});
                    }
                    if (m.group(1).equals("H")) {
                        x = to;
                    } else {
                        y = to;
                    }
                }
                default -> {
                    double[] c = java.util.Arrays.stream(n).mapToDouble(Double::parseDouble).toArray();
                    for (int i = 0; i <= 40; i++) {
                        double t = i / 40.0;
                        double u = 1 - t;
                        points.add(new double[] {
                            u * u * u * x + 3 * u * u * t * c[0] + 3 * u * t * t * c[2] + t * t * t * c[4],
                            u * u * u * y + 3 * u * u * t * c[1] + 3 * u * t * t * c[3] + t * t * t * c[5]});
                    }
                    x = c[4];
                    y = c[5];
                }
            }
        }
        return points;
    }

    @Test
    void names_are_drawn_whole_and_a_name_wider_than_its_box_is_narrowed_to_fit_it() {
        assertThat(ChainMapSvg.fitted(0, 0, "name", "Hsinchu fab (Taiwan)", 22)).doesNotContain("textLength").contains(">Hsinchu fab (Taiwan)<");
        assertThat(ChainMapSvg.fitted(0, 0, "name", "신주 팹 (대만)", 22)).doesNotContain("textLength");
        assertThat(ChainMapSvg.fitted(0, 0, "name", "웨스트라피엣 공장 (인디애나)", 22))
                .contains("textLength=\"140\"", ">웨스트라피엣 공장 (인디애나)<").doesNotContain("…");
        assertThat(ChainMapSvg.fitted(0, 0, "name", "Houston/Dallas plants (Texas)", 22))
                .contains("lengthAdjust=\"spacingAndGlyphs\"", ">Houston/Dallas plants (Texas)<");
    }
}

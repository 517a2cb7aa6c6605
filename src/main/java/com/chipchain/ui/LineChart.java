package com.chipchain.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.ArrayList;
import java.util.List;

/** A line chart drawn by Chart.js in the browser (see frontend/line-chart.js). */
@Tag("chipchain-line-chart")
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
@JavaScript("context://frontend/line-chart.js")
public class LineChart extends Component {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line: a name, its values, a CSS colour and whether it is dashed (the benchmark bots). */
    public record Series(String label, List<? extends Number> values, String color, boolean dashed) {
        public Series(String label, List<? extends Number> values, String color) {
            this(label, values, color, false);
        }
    }

    /** A numbered event on the time axis, at the turn's index. */
    public record Marker(int index, String text) {}

    private String title;
    private List<Marker> markers = List.of();
    private boolean compact;
    private List<String> labels = List.of();
    private List<Series> series = List.of();
    private String yTitle;
    /** What the browser holds: the drawing's settings and series as sent, the points in the base data and in all. */
    private String sentLook;
    private List<String> sentLabels = List.of();
    private List<List<Double>> sentValues = List.of();
    private int basePoints;

    public LineChart() {
        addClassName("line-chart");
    }

    /** A title above the chart, events marked on its time axis, no legend and no points when compact. */
    public LineChart decorate(String title, List<Marker> markers, boolean compact) {
        this.title = title;
        this.markers = List.copyOf(markers);
        this.compact = compact;
        return this;
    }

    /** Draws a line across the chart at a turn (the scrubber's position); -1 draws none. */
    public void setCursor(int index) {
        getElement().setProperty("cursor", index);
    }

    /**
     * Shows the lines. When they only grew by new points at their end (a turn played), only the new
     * points go to the browser, each as a property of its own ({@code p<index>}) beside the data sent
     * before, so a game's sixteenth turn costs one point per line and not sixteen. The properties are
     * part of the element's state, so a page that Vaadin draws again from scratch still gets every point.
     */
    public void show(List<String> labels, List<Series> series, String yTitle) {
        this.labels = List.copyOf(labels);
        this.series = List.copyOf(series);
        this.yTitle = yTitle;
        List<List<Double>> values = new ArrayList<>();
        for (Series s : this.series) {
            List<Double> line = new ArrayList<>(s.values().size());
            s.values().forEach(v -> line.add(v.doubleValue()));
            values.add(line);
        }
        String look = look();
        if (look.equals(sentLook) && grewAtTheEnd(values)) {
            for (int point = sentLabels.size(); point < this.labels.size(); point++) {
                ObjectNode one = JSON.createObjectNode();
                one.put("l", this.labels.get(point));
                ArrayNode at = one.putArray("v");
                for (List<Double> line : values) {
                    at.add(line.get(point));
                }
                getElement().setPropertyJson("p" + point, one);
            }
        } else {
            for (int point = basePoints; point < sentLabels.size(); point++) {
                getElement().removeProperty("p" + point);
            }
            sendAll(values);
            basePoints = this.labels.size();
            sentLook = look;
        }
        sentLabels = this.labels;
        sentValues = values;
        getElement().setProperty("points", this.labels.size());
    }

    /** Whether every line holds what was sent before plus the same number of new points, one per new label. */
    private boolean grewAtTheEnd(List<List<Double>> values) {
        if (labels.size() < sentLabels.size() || values.size() != sentValues.size() || !labels.subList(0, sentLabels.size()).equals(sentLabels)) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            List<Double> line = values.get(i);
            if (line.size() != labels.size() || sentValues.get(i).size() != sentLabels.size()
                    || !line.subList(0, sentValues.get(i).size()).equals(sentValues.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Everything of the drawing but its points: when it changes, the whole chart is sent again. */
    private String look() {
        StringBuilder key = new StringBuilder().append(yTitle).append('|').append(title).append('|').append(compact).append('|').append(markers);
        for (Series s : series) {
            key.append('|').append(s.label()).append('/').append(s.color()).append('/').append(s.dashed());
        }
        return key.toString();
    }

    private void sendAll(List<List<Double>> values) {
        ObjectNode data = JSON.createObjectNode();
        ArrayNode labelArray = data.putArray("labels");
        labels.forEach(labelArray::add);
        ArrayNode datasets = data.putArray("datasets");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            ObjectNode set = datasets.addObject();
            set.put("label", s.label());
            set.put("color", s.color());
            set.put("dashed", s.dashed());
            ArrayNode points = set.putArray("data");
            values.get(i).forEach(points::add);
        }
        data.put("yTitle", yTitle);
        if (title != null) {
            data.put("title", title);
        }
        data.put("compact", compact);
        ArrayNode markerArray = data.putArray("markers");
        for (Marker marker : markers) {
            markerArray.addObject().put("index", marker.index()).put("text", marker.text());
        }
        // as Jackson's node, which Vaadin sends as it is (an elemental.json value it would write out and read
        // back into Jackson for every change it encodes; docs/performance.md, "A chart's data handed to Vaadin")
        getElement().setPropertyJson("chartData", data);
    }
}

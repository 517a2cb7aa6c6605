package com.chipchain.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
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
    private int cursor = -1;
    private boolean compact;
    private List<String> labels = List.of();
    private List<Series> series = List.of();
    private String yTitle;

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
        this.cursor = index;
        send();
    }

    public void show(List<String> labels, List<Series> series, String yTitle) {
        this.labels = List.copyOf(labels);
        this.series = List.copyOf(series);
        this.yTitle = yTitle;
        send();
    }

    private void send() {
        ObjectNode data = JSON.createObjectNode();
        ArrayNode labelArray = data.putArray("labels");
        labels.forEach(labelArray::add);
        ArrayNode datasets = data.putArray("datasets");
        for (Series s : series) {
            ObjectNode set = datasets.addObject();
            set.put("label", s.label());
            set.put("color", s.color());
            set.put("dashed", s.dashed());
            ArrayNode values = set.putArray("data");
            s.values().forEach(v -> values.add(v.doubleValue()));
        }
        data.put("yTitle", yTitle);
        if (title != null) {
            data.put("title", title);
        }
        data.put("compact", compact);
        data.put("cursor", cursor);
        ArrayNode markerArray = data.putArray("markers");
        for (Marker marker : markers) {
            markerArray.addObject().put("index", marker.index()).put("text", marker.text());
        }
        getElement().setPropertyJson("chartData", elemental.json.Json.parse(data.toString()));
    }
}

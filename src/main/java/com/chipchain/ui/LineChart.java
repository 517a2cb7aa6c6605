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

    /** One line: a name, its values and a CSS colour. */
    public record Series(String label, List<? extends Number> values, String color) {}

    public LineChart() {
        addClassName("line-chart");
    }

    public void show(List<String> labels, List<Series> series, String yTitle) {
        ObjectNode data = JSON.createObjectNode();
        ArrayNode labelArray = data.putArray("labels");
        labels.forEach(labelArray::add);
        ArrayNode datasets = data.putArray("datasets");
        for (Series s : series) {
            ObjectNode set = datasets.addObject();
            set.put("label", s.label());
            set.put("color", s.color());
            ArrayNode values = set.putArray("data");
            s.values().forEach(v -> values.add(v.doubleValue()));
        }
        data.put("yTitle", yTitle);
        getElement().setPropertyJson("chartData", elemental.json.Json.parse(data.toString()));
    }
}

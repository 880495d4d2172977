package org.scalingexplorer.ui.control;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.scalingexplorer.ui.chart.QuantityFormat;

/** A name, a slider and a {@link NumberField} for one {@link QuantityModel}, as a row of a grid. */
public final class QuantityRow {
    private QuantityRow() {
    }

    /**
     * Adds the row; its tooltip is {@code description}, the range, and {@code fieldHint} on the field.
     * The slider and field have the ids "slider-KEY" and "field-KEY".
     */
    public static void add(GridPane rows, int row, QuantityModel quantity, String name, String description,
                           String fieldHint, ResourceBundle bundle, Lifetime lifetime) {
        String key = quantity.key();
        ConstantRange range = quantity.range();
        Label label = new Label(name);
        label.setMinWidth(54);

        Slider slider = new Slider(range.sliderMin(), range.sliderMax(), quantity.sliderPositionProperty().get());
        slider.setId("slider-" + key);
        slider.valueProperty().bindBidirectional(quantity.sliderPositionProperty());
        slider.setPrefWidth(140);
        GridPane.setHgrow(slider, Priority.ALWAYS);

        NumberField field = new NumberField("field-" + key, quantity.textProperty(), quantity::submit, lifetime);
        // The slider gives way, never the value: a squeezed field showed "1.000e2" for 1.000e22.
        field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        String rangeText = MessageFormat.format(bundle.getString("constants.range"),
                QuantityFormat.constant(range.min()), QuantityFormat.constant(range.max()),
                bundle.getString(range.logScale() ? "constants.scale.log" : "constants.scale.linear"));
        String tip = description + "\n" + rangeText;
        Tooltip.install(label, new Tooltip(tip));
        slider.setTooltip(new Tooltip(tip));
        field.setTooltip(new Tooltip(tip + "\n" + fieldHint));
        rows.addRow(row, label, slider, field);
    }

    /** An empty grid with the gaps every row of sliders uses. */
    public static GridPane grid() {
        GridPane rows = new GridPane();
        rows.setHgap(8);
        rows.setVgap(6);
        return rows;
    }
}

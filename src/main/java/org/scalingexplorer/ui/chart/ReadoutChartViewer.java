package org.scalingexplorer.ui.chart;

import java.awt.geom.Rectangle2D;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A chart viewer every 2D chart gets: the x and y under the cursor in data units beside it, and a way
 * back from a wheel or drag zoom (double-click, or the button in the top right corner). The overlays
 * live in the viewer, not in the chart, so exports draw the chart alone.
 */
public final class ReadoutChartViewer extends ChartViewer {
    private static final double CURSOR_GAP = 12;
    /** More lines than this would cover the chart the read-out explains. */
    private static final int MAX_SERIES_LINES = 6;
    private final Label readout = new Label();
    private final Button reset;
    private final ResourceBundle bundle;
    /** Each zoomable axis's range and auto-range flag from before the user's first zoom, null while unzoomed. */
    private List<AxisHome> home;
    private double cursorX;
    private double cursorY;

    public ReadoutChartViewer(JFreeChart chart, ResourceBundle bundle) {
        super(chart, false);
        this.bundle = bundle;
        readout.getStyleClass().add("chart-readout");
        readout.setMouseTransparent(true);
        readout.setManaged(false);
        readout.setVisible(false);
        reset = new Button(null, new FontIcon("mdi2m-magnify-remove-outline"));
        reset.getStyleClass().addAll("chart-reset-zoom", "flat");
        reset.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        reset.setFocusTraversable(false);
        reset.setManaged(false);
        reset.setTooltip(new Tooltip(bundle.getString("chart.resetZoom")));
        reset.setOnAction(e -> resetZoom());
        getChildren().addAll(readout, reset);
        // Filters run before JFreeChart's own handlers, so the home ranges are those before the zoom.
        getCanvas().addEventFilter(ScrollEvent.SCROLL, e -> rememberHome());
        getCanvas().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getClickCount() < 2) {
                rememberHome();
            }
        });
        getCanvas().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                resetZoom();
            }
        });
        getCanvas().addEventHandler(MouseEvent.MOUSE_MOVED, this::follow);
        getCanvas().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::follow);
        getCanvas().addEventHandler(MouseEvent.MOUSE_EXITED, e -> readout.setVisible(false));
    }

    /** The read-out label (for tests and styling): empty and hidden while the cursor is off the plot. */
    public Label readout() {
        return readout;
    }

    /** The reset-zoom button in the top right corner. */
    public Button resetButton() {
        return reset;
    }

    /** Puts every axis back to where it was before the user zoomed or panned. */
    public void resetZoom() {
        if (home != null) {
            home.forEach(AxisHome::restore);
            home = null;
        }
    }

    private void rememberHome() {
        if (home != null) {
            return;
        }
        List<AxisHome> axes = new ArrayList<>();
        for (ValueAxis axis : valueAxes(getChart() == null ? null : getChart().getPlot())) {
            axes.add(new AxisHome(axis, axis.isAutoRange(), axis.getRange()));
        }
        home = axes;
    }

    private static List<ValueAxis> valueAxes(Plot plot) {
        List<ValueAxis> axes = new ArrayList<>();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                if (xy.getDomainAxis(i) != null) {
                    axes.add(xy.getDomainAxis(i));
                }
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                if (xy.getRangeAxis(i) != null) {
                    axes.add(xy.getRangeAxis(i));
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                if (category.getRangeAxis(i) != null) {
                    axes.add(category.getRangeAxis(i));
                }
            }
        }
        return axes;
    }

    private void follow(MouseEvent event) {
        String text = readoutAt(event.getX(), event.getY());
        if (text == null) {
            readout.setVisible(false);
            return;
        }
        readout.setText(text);
        cursorX = event.getX();
        cursorY = event.getY();
        readout.setVisible(true);
        requestLayout();
    }

    /** The "x = ..., y = ..." text for a point of the canvas, or null off the plot's data area. */
    String readoutAt(double canvasX, double canvasY) {
        if (getChart() == null || getRenderingInfo() == null || getRenderingInfo().getPlotInfo() == null) {
            return null;
        }
        Rectangle2D dataArea = getRenderingInfo().getPlotInfo().getDataArea();
        if (!dataArea.contains(canvasX, canvasY)) {
            return null;
        }
        Plot plot = getChart().getPlot();
        if (plot instanceof XYPlot xy && xy.getDomainAxis() != null && xy.getRangeAxis() != null) {
            double x = xy.getDomainAxis().java2DToValue(canvasX, dataArea, xy.getDomainAxisEdge());
            double y = xy.getRangeAxis().java2DToValue(canvasY, dataArea, xy.getRangeAxisEdge());
            return MessageFormat.format(bundle.getString("chart.readout"), format(x), format(y)) + seriesAt(xy, x);
        }
        if (plot instanceof CategoryPlot category && category.getRangeAxis() != null) {
            double y = category.getRangeAxis().java2DToValue(canvasY, dataArea, category.getRangeAxisEdge());
            return MessageFormat.format(bundle.getString("chart.readout.value"), format(y));
        }
        return null;
    }

    /** One line per named series of the plot: its y at the item nearest {@code x}. */
    private static String seriesAt(XYPlot plot, double x) {
        StringBuilder lines = new StringBuilder();
        int shown = 0;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset dataset = plot.getDataset(d);
            for (int s = 0; dataset != null && s < dataset.getSeriesCount() && shown < MAX_SERIES_LINES; s++) {
                int nearest = -1;
                double distance = Double.POSITIVE_INFINITY;
                for (int i = 0; i < dataset.getItemCount(s); i++) {
                    double gap = Math.abs(dataset.getXValue(s, i) - x);
                    if (gap < distance) {
                        distance = gap;
                        nearest = i;
                    }
                }
                double y = nearest < 0 ? Double.NaN : dataset.getYValue(s, nearest);
                String key = String.valueOf(dataset.getSeriesKey(s));
                if (Double.isFinite(y) && !key.isBlank()) {
                    lines.append('\n').append(key).append(": ").append(format(y));
                    shown++;
                }
            }
        }
        return lines.toString();
    }

    static String format(double value) {
        double magnitude = Math.abs(value);
        return magnitude >= 1e4 || (magnitude > 0 && magnitude < 1e-2)
                ? QuantityFormat.count(value) : QuantityFormat.constant(Double.parseDouble(QuantityFormat.count(value)));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        reset.autosize();
        reset.relocate(Math.max(0, getWidth() - reset.getWidth() - 4), 4);
        if (readout.isVisible()) {
            readout.autosize();
            double w = readout.getWidth();
            double h = readout.getHeight();
            double x = cursorX + CURSOR_GAP + w <= getWidth() ? cursorX + CURSOR_GAP : cursorX - CURSOR_GAP - w;
            double y = cursorY + CURSOR_GAP + h <= getHeight() ? cursorY + CURSOR_GAP : cursorY - CURSOR_GAP - h;
            readout.relocate(Math.max(0, Math.min(x, getWidth() - w)), Math.max(0, Math.min(y, getHeight() - h)));
        }
    }

    private record AxisHome(ValueAxis axis, boolean autoRange, Range range) {
        void restore() {
            if (autoRange) {
                axis.setAutoRange(true);
            } else {
                axis.setRange(range);
            }
        }
    }
}

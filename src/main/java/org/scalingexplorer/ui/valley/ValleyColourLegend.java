package org.scalingexplorer.ui.valley;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.scalingexplorer.ui.chart.FontStack;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.ViridisColorMap;

/**
 * The colour legend beside the 3D surface: a viridis bar from the window's lowest loss (bottom) to its
 * highest (top), ticked at the same round losses as the vertical axis.
 */
final class ValleyColourLegend extends Region {

    private static final double BAR_WIDTH = 16;
    private static final double MARGIN = 24;
    private final Canvas canvas = new Canvas();
    private final String title;
    private ValleyFrame frame;
    private Color foreground = Color.gray(0.15);
    private Font font = Font.font(11);

    ValleyColourLegend(String title) {
        this.title = title;
        setId("valley-colour-legend");
        getChildren().add(canvas);
        setMinWidth(90);
        setPrefWidth(90);
    }

    /** Ink and type size of the ticks and title: presentation mode's large type reaches the legend too. */
    void setStyle(Color colour, double fontSize) {
        this.foreground = colour;
        String family = FontStack.family();
        this.font = FontStack.SYSTEM.equals(family) ? Font.font(fontSize) : Font.font(family, fontSize);
        draw();
    }

    void show(ValleyFrame newFrame) {
        this.frame = newFrame;
        draw();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height);
        if (frame == null || height < 4 * MARGIN) {
            return;
        }
        double top = MARGIN + 6 + font.getSize();
        double bottom = height - MARGIN;
        double x = 8;
        for (double y = top; y < bottom; y++) {
            double t = (bottom - y) / (bottom - top);
            int rgb = ViridisColorMap.rgb(t);
            g.setFill(Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
            g.fillRect(x, y, BAR_WIDTH, 1.5);
        }
        g.setStroke(foreground);
        g.setLineWidth(1);
        g.strokeRect(x, top, BAR_WIDTH, bottom - top);
        g.setFill(foreground);
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (ValleyFrame.Tick tick : frame.lossTicks()) {
            double y = bottom - tick.fraction() * (bottom - top);
            g.strokeLine(x + BAR_WIDTH, y, x + BAR_WIDTH + 4, y);
            g.fillText(QuantityFormat.constant(tick.value()), x + BAR_WIDTH + 7, y);
        }
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(title, 4, top - 6);
    }
}

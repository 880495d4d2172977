package org.scalingexplorer.ui.control;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.scalingexplorer.ui.chart.FontStack;

/**
 * The width a table column needs for its header in the UI font, bold as AtlantaFX draws headers, with
 * the header's padding: a column never narrower than this shows its whole header in both languages.
 */
public final class HeaderWidth {
    private static final double PADDING = 30;
    /** The type size column widths are laid out for: AtlantaFX's default. */
    static final double DESIGN_FONT_SIZE = 14;

    private HeaderWidth() {
    }

    public static double of(String header) {
        return of(header, Math.max(DESIGN_FONT_SIZE, Font.getDefault().getSize()));
    }

    static double of(String header, double fontSize) {
        Text text = new Text(header);
        text.setFont(Font.font(FontStack.family(), FontWeight.BOLD, fontSize));
        return Math.ceil(text.getLayoutBounds().getWidth() + PADDING * fontSize / DESIGN_FONT_SIZE);
    }

    /**
     * Puts {@code header} on the column as a label and keeps the column at {@code designedWidth} (laid
     * out for 14 px type, cells included) scaled by the type size the label is drawn in, and never
     * narrower than the header: presentation mode's large type widens the column with it instead of
     * cutting its header and cells short. The table scrolls where the columns no longer fit.
     */
    public static Label follow(TableColumn<?, ?> column, String header, double designedWidth) {
        Label label = new Label(header);
        column.setGraphic(label);
        Runnable fit = () -> {
            double size = label.getFont().getSize();
            double width = Math.max(designedWidth * Math.max(1, size / DESIGN_FONT_SIZE),
                    of(header, Math.max(DESIGN_FONT_SIZE, size)));
            column.setMinWidth(width);
            column.setPrefWidth(width);
        };
        // The label belongs to the column: the listener goes with both.
        label.fontProperty().addListener((obs, old, now) -> fit.run());
        fit.run();
        return label;
    }
}

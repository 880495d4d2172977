package org.scalingexplorer.ui.control;

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

    private HeaderWidth() {
    }

    public static double of(String header) {
        Text text = new Text(header);
        text.setFont(Font.font(FontStack.family(), FontWeight.BOLD, Math.max(14, Font.getDefault().getSize())));
        return Math.ceil(text.getLayoutBounds().getWidth() + PADDING);
    }
}

package org.scalingexplorer.ui.view;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A view's side panel behind a thin handle: open, it shows the panel; collapsed, only the handle, so
 * the charts get the width back. The view collapses it when the window is too narrow for both; the
 * handle opens and closes it by hand.
 */
public final class SideDrawer extends BorderPane {
    private final Node panel;
    private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed");
    /** Whether the last width seen was too narrow for panel and charts: the collapse follows changes of it. */
    private Boolean narrow;

    SideDrawer(Node panel, ResourceBundle bundle) {
        this.panel = panel;
        setId("side-drawer");
        Button handle = new Button();
        handle.setId("side-drawer-handle");
        handle.getStyleClass().addAll("flat", "side-drawer-handle");
        handle.setFocusTraversable(false);
        handle.setMaxHeight(Double.MAX_VALUE);
        handle.setOnAction(e -> collapsed.set(!collapsed.get()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.when(collapsed).then(bundle.getString("drawer.show"))
                .otherwise(bundle.getString("drawer.hide")));
        handle.setTooltip(tip);
        BorderPane.setAlignment(handle, Pos.CENTER);
        panel.visibleProperty().bind(collapsed.not());
        panel.managedProperty().bind(collapsed.not());
        FontIcon open = new FontIcon("mdi2c-chevron-left");
        FontIcon close = new FontIcon("mdi2c-chevron-right");
        handle.graphicProperty().bind(Bindings.when(collapsed)
                .<Node>then(open).otherwise(close));
        setLeft(handle);
        setCenter(panel);
    }

    /**
     * Puts {@code side} on the right of {@code pane} in a drawer that collapses when {@code pane} is too
     * narrow for it and a chart: for a side panel inside a view (one per tab) rather than the view's own.
     */
    public static SideDrawer beside(BorderPane pane, Node side, ResourceBundle bundle) {
        SideDrawer drawer = new SideDrawer(side, bundle);
        pane.setRight(drawer);
        pane.widthProperty().addListener((obs, old, now) -> drawer.fit(now.doubleValue(), ViewPane.MIN_CENTRE_WIDTH));
        return drawer;
    }

    /**
     * The handle's width only: an open panel counted in the view's minimum made the whole window wider
     * than the screen (isoFLOP presenting at 1280 px) instead of letting the drawer collapse.
     */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + (getLeft() == null ? 0 : getLeft().minWidth(height));
    }

    /** True while only the handle shows. */
    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    public Node panel() {
        return panel;
    }

    /** Collapses when the view became too narrow for panel and charts, opens when it became wide enough. */
    void fit(double viewWidth, double centreWidth) {
        if (viewWidth <= 0) {
            return;
        }
        double panelWidth = panel.prefWidth(-1);
        boolean nowNarrow = viewWidth - panelWidth - 24 < centreWidth;
        if (narrow == null || nowNarrow != narrow) {
            narrow = nowNarrow;
            collapsed.set(nowNarrow);
        }
    }
}

package org.scalingexplorer.ui.view;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import org.scalingexplorer.ui.chart.SnapshotCell;
import org.scalingexplorer.ui.control.Lifetime;

/**
 * A view's node. It follows its view-model and the window's chart style only through its
 * {@link #lifetime()}, and {@link #dispose()} ends that: the shell disposes every view it drops (a
 * language or theme switch rebuilds them), so a dropped view is collected and never redraws again.
 */
public abstract class ViewPane extends BorderPane {
    /** The width a view's charts need beside its side panel: a chart and its grid's margins. */
    public static final double MIN_CENTRE_WIDTH = org.scalingexplorer.ui.chart.ChartGrid.MIN_CHART_WIDTH + 40;
    private final Lifetime lifetime = new Lifetime();

    /**
     * A side panel a view sets goes into a {@link SideDrawer} that collapses when the window is narrow;
     * {@code bundle} gives its handle's tooltip in the window's language.
     */
    protected ViewPane(ResourceBundle bundle) {
        rightProperty().addListener((obs, old, now) -> {
            if (now != null && !(now instanceof SideDrawer)) {
                setRight(new SideDrawer(now, bundle));
            }
        });
        widthProperty().addListener((obs, old, now) -> fitSide());
    }

    /**
     * BorderPane counts its right child's preferred width in its minimum; an open drawer then kept the
     * view (and the window) wider than the screen instead of collapsing. Counted at the handle's width.
     */
    @Override
    protected double computeMinWidth(double height) {
        double left = getLeft() == null ? 0 : getLeft().prefWidth(-1);
        double centre = getCenter() == null ? 0 : getCenter().minWidth(-1);
        double right = getRight() == null ? 0 : getRight().minWidth(-1);
        double top = getTop() == null ? 0 : getTop().minWidth(-1);
        double bottom = getBottom() == null ? 0 : getBottom().minWidth(-1);
        return snappedLeftInset() + snappedRightInset() + Math.max(Math.max(top, bottom), left + centre + right);
    }

    /** The side panel's drawer, or empty when the view has none. */
    public final Optional<SideDrawer> sideDrawer() {
        return getRight() instanceof SideDrawer drawer ? Optional.of(drawer) : Optional.empty();
    }

    private void fitSide() {
        // A centre whose controls need more than a chart's width (large type) keeps that much too.
        double centre = getCenter() == null ? 0 : getCenter().minWidth(-1);
        sideDrawer().ifPresent(drawer -> drawer.fit(getWidth(), Math.max(MIN_CENTRE_WIDTH, centre)));
    }

    /** The subscriptions this view holds to models that outlive it. */
    protected final Lifetime lifetime() {
        return lifetime;
    }

    /** Stops following every model; the view is not shown again. */
    public void dispose() {
        lifetime.end();
    }

    public final boolean disposed() {
        return lifetime.ended();
    }

    /** The charts this view draws on screen, for tests. */
    public abstract List<JFreeChart> charts();

    /**
     * The picture an export takes instead of the figure, when what the view shows is not Graphics2D
     * drawing (the 3D surface); taken on the FX thread. Empty for every view that draws charts.
     */
    public Optional<SnapshotCell> snapshotCell() {
        return Optional.empty();
    }
}

package org.scalingexplorer.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.data.DataView;
import org.scalingexplorer.ui.allocation.AllocationView;
import org.scalingexplorer.ui.isoflop.IsoFlopView;
import org.scalingexplorer.ui.plan.PlanView;
import org.scalingexplorer.ui.fit.FitView;
import org.scalingexplorer.ui.powerlaws.PowerLawsView;
import org.scalingexplorer.ui.valley.LossValleyView;

/** A view the navigation sidebar offers. New views add an entry to {@link #ALL}. */
public record ExplorerView(String id, String iconLiteral, Function<Context, Node> factory) {

    /** What a view needs to build itself. */
    public record Context(ResourceBundle bundle, ExplorerModels models, ObservableValue<ChartStyle> chartStyle) {
    }

    public static final ExplorerView POWER_LAWS = new ExplorerView("power-laws", "mdi2c-chart-bell-curve-cumulative",
            c -> new PowerLawsView(c.models().powerLaws(), c.bundle(), c.chartStyle()));

    public static final ExplorerView DATA = new ExplorerView("data", "mdi2d-database-refresh",
            c -> new DataView(c.models().data(), c.bundle(), c.chartStyle()));

    public static final ExplorerView LOSS_VALLEY = new ExplorerView("loss-valley", "mdi2t-terrain",
            c -> new LossValleyView(c.models().lossValley(), c.bundle(), c.chartStyle()));

    public static final ExplorerView ISOFLOP = new ExplorerView("isoflop", "mdi2c-chart-bell-curve",
            c -> new IsoFlopView(c.models().isoFlop(), c.bundle(), c.chartStyle()));

    public static final ExplorerView ALLOCATION = new ExplorerView("allocation", "mdi2s-scale-balance",
            c -> new AllocationView(c.models().allocation(), c.bundle(), c.chartStyle()));

    public static final ExplorerView PLAN = new ExplorerView("plan", "mdi2f-flask-outline",
            c -> new PlanView(c.models().plan(), c.bundle(), c.chartStyle()));

    public static final ExplorerView FIT = new ExplorerView("fit", "mdi2c-chart-scatter-plot",
            c -> new FitView(c.models().fit(), c.bundle(), c.chartStyle()));

    public static final List<ExplorerView> ALL = List.of(POWER_LAWS, LOSS_VALLEY, ISOFLOP, ALLOCATION, DATA, FIT, PLAN);

    public static Optional<ExplorerView> byId(String id) {
        return ALL.stream().filter(v -> v.id.equals(id)).findFirst();
    }

    public String titleKey() {
        return "view." + id;
    }
}

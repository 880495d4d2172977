package org.scalingexplorer.ui.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.scalingexplorer.ui.data.DataFigure;
import org.scalingexplorer.ui.allocation.AllocationFigure;
import org.scalingexplorer.ui.isoflop.IsoFlopFigure;
import org.scalingexplorer.ui.plan.PlanFigure;
import org.scalingexplorer.ui.fit.FitFigure;
import org.scalingexplorer.ui.powerlaws.PowerLawsFigure;
import org.scalingexplorer.ui.valley.LossValleyFigure;

/**
 * The views that can be rendered offscreen, by the id the command line and the sidebar use.
 * A new view adds one entry here.
 */
public final class ViewFigures {
    private static final Map<String, Function<RenderRequest, ViewFigure>> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("power-laws", PowerLawsFigure::render);
        FIGURES.put("data", DataFigure::render);
        FIGURES.put("loss-valley", LossValleyFigure::render);
        FIGURES.put("isoflop", IsoFlopFigure::render);
        FIGURES.put("allocation", AllocationFigure::render);
        FIGURES.put("plan", PlanFigure::render);
        FIGURES.put("fit", FitFigure::render);
    }

    private ViewFigures() {
    }

    public static Iterable<String> ids() {
        return FIGURES.keySet();
    }

    public static ViewFigure render(String viewId, RenderRequest request) {
        Function<RenderRequest, ViewFigure> figure = FIGURES.get(viewId);
        if (figure == null) {
            throw new IllegalArgumentException("view must be one of " + String.join(", ", FIGURES.keySet())
                    + ", got " + viewId);
        }
        return figure.apply(request);
    }
}

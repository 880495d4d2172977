package org.scalingexplorer.ui.fit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.fit.IsoFlopCurveBudgets;
import org.scalingexplorer.engine.fit.LawExtrapolation;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;

/**
 * How the Fit view's charts lay out one fit: which runs were fitted, held out and excluded, where
 * the curves are sampled, and which runs are drawn when there are too many. Presentation only: every
 * number it draws comes from the engine's fit.
 */
final class FitPlotLayout {

    /** Charts draw at most this many runs: a million points would take seconds to draw and show no more. */
    static final int MAX_POINTS_DRAWN = 20_000;
    private static final int CURVE_POINTS = 60;
    private static final int BAND_POINTS = 40;
    /** IsoFLOP curves reach a little past the sizes a budget trained, so their ends show. */
    private static final double CURVE_MARGIN = 1.3;

    private final FitVariable xVariable;
    private final List<TrainingRun> all;
    private final List<TrainingRun> train;
    private final List<TrainingRun> heldOut;
    private final List<TrainingRun> excluded;
    private final int stride;

    /** {@code train} and {@code heldOut} are among {@code all}; every other run of {@code all} was excluded. */
    FitPlotLayout(FitVariable xVariable, List<TrainingRun> all, List<TrainingRun> train, List<TrainingRun> heldOut) {
        this.xVariable = xVariable;
        this.all = all;
        this.train = train;
        this.heldOut = heldOut;
        Set<TrainingRun> used = identitySet(train);
        used.addAll(heldOut);
        this.excluded = all.stream().filter(run -> !used.contains(run)).toList();
        this.stride = Math.max(1, (all.size() + MAX_POINTS_DRAWN - 1) / MAX_POINTS_DRAWN);
    }

    /** The loaded runs as the charts draw them before any fit, coloured by budget. */
    static FitPlot preview(List<TrainingRun> runs, FitVariable xVariable) {
        FitPlotLayout layout = new FitPlotLayout(xVariable, runs, runs, List.of());
        return new FitPlot(null, xVariable, layout.min(FitVariable.FLOPS), layout.max(FitVariable.FLOPS),
                layout.budgetPoints(runs, xVariable::of, TrainingRun::loss), BudgetPoints.EMPTY, PlotPoints.EMPTY,
                PlotPoints.EMPTY, PlotPoints.EMPTY, PlotPoints.EMPTY, List.of(), PlotPoints.EMPTY, PlotPoints.EMPTY,
                null, layout.shown(), runs.size());
    }

    int excludedCount() {
        return excluded.size();
    }

    double min(FitVariable variable) {
        return all.stream().mapToDouble(variable::of).min().orElseThrow();
    }

    double max(FitVariable variable) {
        return all.stream().mapToDouble(variable::of).max().orElseThrow();
    }

    /** Budgets from the smallest run to twice the larger of the target and the largest run. */
    double[] computeGrid(double targetFlops) {
        return logSpaced(min(FitVariable.FLOPS), 2 * Math.max(targetFlops, max(FitVariable.FLOPS)), BAND_POINTS);
    }

    /** The runs' range of {@code variable}, carried a decade past the largest. */
    double[] variableGrid(FitVariable variable) {
        return logSpaced(min(variable), 10 * max(variable), BAND_POINTS);
    }

    /** The fitted loss along each isoFLOP budget worth a curve, over the sizes trained there and a little beyond. */
    List<BudgetCurve> curves(java.util.function.DoubleBinaryOperator lossOfParamsAndTokens) {
        List<BudgetCurve> curves = new ArrayList<>();
        for (IsoFlopCurveBudgets.CurveBudget budget : IsoFlopCurveBudgets.of(all)) {
            curves.add(curve(budget.flops(), budget.minParams(), budget.maxParams(), params -> lossOfParamsAndTokens
                    .applyAsDouble(params, budget.flops() / (ComputeBudget.FLOPS_PER_PARAM_TOKEN * params))));
        }
        return curves;
    }

    /** One budget's curve of loss against N over [minParams, maxParams], widened by the margin. */
    static BudgetCurve curve(double flops, double minParams, double maxParams, DoubleUnaryOperator lossOfParams) {
        double[] params = logSpaced(minParams / CURVE_MARGIN, maxParams * CURVE_MARGIN, CURVE_POINTS);
        return new BudgetCurve(flops, new PlotPoints(params, DoubleStream.of(params).map(lossOfParams).toArray()));
    }

    /** A law's compute-optimal loss against N over the runs' budgets: the line through the curves' minima. */
    PlotPoints frontier(ChinchillaLaw law) {
        double[] flops = logSpaced(min(FitVariable.FLOPS) / 2, max(FitVariable.FLOPS) * 2, CURVE_POINTS);
        double[] params = new double[flops.length];
        double[] loss = new double[flops.length];
        for (int i = 0; i < flops.length; i++) {
            Allocation allocation = ComputeOptimalAllocator.allocate(law, ComputeBudget.ofFlops(flops[i]));
            params[i] = allocation.params();
            loss[i] = allocation.loss();
        }
        return new PlotPoints(params, loss);
    }

    PlotPoints curveOver(FitVariable variable, DoubleUnaryOperator lossOf) {
        double[] x = logSpaced(min(variable) / CURVE_MARGIN, max(variable) * CURVE_MARGIN, CURVE_POINTS);
        return new PlotPoints(x, DoubleStream.of(x).map(lossOf).toArray());
    }

    static ExtrapolationBand band(ExtrapolationBand.Quantity quantity, FitVariable variable, LawExtrapolation.Band band,
                                  double dataMaxX, double targetX, double targetEstimate,
                                  org.scalingexplorer.engine.fit.Interval targetInterval, PlotPoints support) {
        return new ExtrapolationBand(quantity, variable, band.x(), band.estimate(), band.low(), band.high(), dataMaxX,
                targetX, targetEstimate, targetInterval, support);
    }

    FitPlot plot(FitApproach approach, ToDoubleFunction<TrainingRun> predicted, List<BudgetCurve> curves,
                 PlotPoints lawCurve, PlotPoints vertices, ExtrapolationBand band) {
        ToDoubleFunction<TrainingRun> x = xVariable::of;
        ToDoubleFunction<TrainingRun> residual = run -> Math.log(run.loss() / predicted.applyAsDouble(run));
        return new FitPlot(approach, xVariable, min(FitVariable.FLOPS), max(FitVariable.FLOPS),
                budgetPoints(train, x, TrainingRun::loss), budgetPoints(train, x, residual),
                budgetPoints(heldOut, x, TrainingRun::loss).xy(), budgetPoints(excluded, x, TrainingRun::loss).xy(),
                budgetPoints(heldOut, x, residual).xy(), budgetPoints(excluded, x, residual).xy(),
                curves, lawCurve, vertices, band, shown(), all.size());
    }

    private int shown() {
        return (all.size() + stride - 1) / stride;
    }

    /**
     * x and y of the runs of {@code subset} that the drawing keeps: every {@code stride}-th run of
     * all runs, so thinning picks the same runs in every chart. NaN values (no prediction) are left out.
     */
    private BudgetPoints budgetPoints(List<TrainingRun> subset, ToDoubleFunction<TrainingRun> x,
                                      ToDoubleFunction<TrainingRun> y) {
        Set<TrainingRun> drawn = stride == 1 ? null : drawnRuns();
        DoubleStream.Builder xs = DoubleStream.builder();
        DoubleStream.Builder ys = DoubleStream.builder();
        DoubleStream.Builder flops = DoubleStream.builder();
        for (TrainingRun run : subset) {
            if (drawn != null && !drawn.contains(run)) {
                continue;
            }
            double yValue = y.applyAsDouble(run);
            if (Double.isFinite(yValue)) {
                xs.add(x.applyAsDouble(run));
                ys.add(yValue);
                flops.add(run.flops());
            }
        }
        return new BudgetPoints(xs.build().toArray(), ys.build().toArray(), flops.build().toArray());
    }

    private Set<TrainingRun> drawnRuns() {
        Set<TrainingRun> drawn = identitySet(List.of());
        for (int i = 0; i < all.size(); i += stride) {
            drawn.add(all.get(i));
        }
        return drawn;
    }

    private static Set<TrainingRun> identitySet(List<TrainingRun> runs) {
        Set<TrainingRun> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(runs);
        return set;
    }

    private static double[] logSpaced(double from, double to, int count) {
        double logFrom = Math.log10(from);
        double step = (Math.log10(to) - logFrom) / (count - 1);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = Math.pow(10, logFrom + i * step);
        }
        return values;
    }
}

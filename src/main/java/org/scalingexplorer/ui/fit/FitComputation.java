package org.scalingexplorer.ui.fit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.fit.Approach2Fit;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.Bootstrap;
import org.scalingexplorer.engine.fit.BootstrapResult;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.fit.Holdout;
import org.scalingexplorer.engine.fit.HoldoutResult;
import org.scalingexplorer.engine.fit.Interval;
import org.scalingexplorer.engine.fit.IsoFlopFitter;
import org.scalingexplorer.engine.fit.IsoFlopProfile;
import org.scalingexplorer.engine.fit.OffsetPowerLawFit;
import org.scalingexplorer.engine.fit.OffsetPowerLawFitter;
import org.scalingexplorer.engine.fit.PowerLaw;
import org.scalingexplorer.engine.fit.RunSelection;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.plan.NextRunAdvisor;
import org.scalingexplorer.engine.plan.NextRunAdvisor.Advice;

/**
 * Drives the fitting engine for the Fit view and turns its answers into what the view shows: the
 * results table, the hold-out errors and the series of the three charts. Plain Java, no JavaFX:
 * the view-model runs it on a background thread, the offscreen figure and the tests call it directly.
 */
public final class FitComputation {

    /** The extrapolated loss at the target budget, in the results table and the bootstrap. */
    public static final String LOSS_AT_TARGET = "loss";
    /** Approach 2's N_opt = k_N C^a and D_opt = k_D C^b coefficients, named as the engine's bootstrap names them. */
    public static final String PARAMS_COEFFICIENT = "params_coefficient";
    public static final String TOKENS_COEFFICIENT = "tokens_coefficient";
    /** Charts draw at most this many runs: a million points would take seconds to draw and show no more. */
    static final int MAX_POINTS_DRAWN = 20_000;
    private static final int CURVE_POINTS = 60;
    private static final int BAND_POINTS = 40;
    private static final String BAND_KEY = "band.";
    /** The single fit's share of the progress bar when a bootstrap follows (about 2 s of 20 s for Approach 3). */
    private static final double FIT_SHARE_WITH_BOOTSTRAP = 0.12;
    /** IsoFLOP curves reach a little past the sizes a budget trained, so their ends show. */
    private static final double CURVE_MARGIN = 1.3;
    /** More budget clusters than this are not an isoFLOP design but runs spread over budgets. */
    private static final int MAX_DESIGN_BUDGETS = 16;
    /** Runs within a factor of sqrt(3) of a round budget count as trained near it. */
    private static final double NEAR_BUDGET_LOG = 0.5 * Math.log(3);

    private FitComputation() {
    }

    /** The loaded runs as the charts draw them before any fit, coloured by budget. */
    public static FitPlot preview(List<TrainingRun> runs, FitVariable xVariable) {
        int stride = stride(runs.size());
        return new FitPlot(null, xVariable, minOf(runs, FitVariable.FLOPS), maxOf(runs, FitVariable.FLOPS),
                budgetPoints(runs, runs, stride, xVariable::of, TrainingRun::loss), BudgetPoints.EMPTY,
                PlotPoints.EMPTY, PlotPoints.EMPTY, PlotPoints.EMPTY, PlotPoints.EMPTY, List.of(), PlotPoints.EMPTY,
                PlotPoints.EMPTY, null, shown(runs.size(), stride), runs.size());
    }

    /**
     * Fits {@code request}: drops the highest-loss runs, holds out the runs above the cut-off, fits,
     * bootstraps the fit, and lays out the charts. {@code progress} gets 0..1 from worker threads;
     * the engine stops with a {@link java.util.concurrent.CancellationException} soon after
     * {@code cancelled} turns true. Bad inputs (too few runs, nothing above the cut-off) throw
     * {@link IllegalArgumentException} with the engine's message.
     */
    public static FitResult fit(FitRequest request, DoubleConsumer progress, BooleanSupplier cancelled) {
        List<TrainingRun> all = request.runs();
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no runs are loaded");
        }
        List<TrainingRun> kept = request.excludeHighestLoss() > 0
                ? RunSelection.withoutHighestLoss(all, request.excludeHighestLoss()) : all;
        double fitShare = request.resamples() >= 2 ? FIT_SHARE_WITH_BOOTSTRAP : 1.0;
        DoubleConsumer fitProgress = fraction -> progress.accept(fraction * fitShare);
        DoubleConsumer bootstrapProgress = fraction -> progress.accept(fitShare + fraction * (1 - fitShare));
        Layout layout = new Layout(request, all, kept);
        FitResult result = switch (request.approach()) {
            case APPROACH_3 -> approach3(request, layout, fitProgress, bootstrapProgress, cancelled);
            case APPROACH_2 -> approach2(request, layout, bootstrapProgress, cancelled);
            case POWER_LAW -> powerLaw(request, layout, fitProgress, bootstrapProgress, cancelled);
        };
        progress.accept(1.0);
        return result;
    }

    private static FitResult approach3(FitRequest request, Layout layout, DoubleConsumer fitProgress,
                                       DoubleConsumer bootstrapProgress, BooleanSupplier cancelled) {
        Approach3Fitter fitter = new Approach3Fitter().withPenalty(request.objective().penalty());
        // With a comparison the second objective's fit takes the second half of the fit's share.
        DoubleConsumer primaryProgress = request.compares() ? f -> fitProgress.accept(0.5 * f) : fitProgress;
        List<Approach3Fit> fitted = new ArrayList<>(1);
        HoldoutResult holdout = null;
        if (request.holdsOut()) {
            // Holdout scores the prediction; the fit it makes on the runs below the cut-off is the one shown.
            holdout = Holdout.evaluate(layout.kept, request.holdoutFlops(), train -> {
                Approach3Fit fit = fitter.fit(train, primaryProgress, cancelled);
                fitted.add(fit);
                return run -> fit.predictLoss(run.params(), run.tokens());
            });
        } else {
            fitted.add(fitter.fit(layout.kept, primaryProgress, cancelled));
        }
        Approach3Fit fit = fitted.get(0);
        Approach3Fit otherFit = null;
        if (request.compares()) {
            // The same runs as the shown fit (same exclusions, same hold-out), only the objective differs.
            otherFit = new Approach3Fitter().withPenalty(request.objective().other().penalty())
                    .fit(layout.train, f -> fitProgress.accept(0.5 + 0.5 * f), cancelled);
        }
        double target = request.targetFlops();
        Optional<ChinchillaLaw> law = fit.law();
        double[] bandFlops = layout.computeGrid(target);

        BootstrapResult bootstrap = null;
        if (request.resamples() >= 2) {
            Bootstrap.Estimator base = Bootstrap.approach3(fitter, fit, target);
            bootstrap = Bootstrap.percentileIntervals(layout.train, request.resamples(), request.seed(),
                    (resample, stop) -> withLawExtras(base.estimate(resample, stop), target, bandFlops),
                    bootstrapProgress, cancelled);
        }

        List<ParameterEstimate> parameters = new ArrayList<>();
        parameters.add(estimate(Bootstrap.E, fit.irreducible(), bootstrap));
        parameters.add(estimate(Bootstrap.A, fit.paramsCoefficient(), bootstrap));
        parameters.add(estimate(Bootstrap.B, fit.tokensCoefficient(), bootstrap));
        parameters.add(estimate(Bootstrap.ALPHA, fit.alpha(), bootstrap));
        parameters.add(estimate(Bootstrap.BETA, fit.beta(), bootstrap));
        List<ParameterEstimate> extrapolation = new ArrayList<>();
        ExtrapolationBand band = null;
        PlotPoints frontier = PlotPoints.EMPTY;
        if (law.isPresent()) {
            Allocation atTarget = ComputeOptimalAllocator.allocate(law.get(), ComputeBudget.ofFlops(target));
            parameters.add(estimate(Bootstrap.A_EXPONENT, fit.aExponent().getAsDouble(), bootstrap));
            parameters.add(estimate(Bootstrap.B_EXPONENT, fit.bExponent().getAsDouble(), bootstrap));
            parameters.add(estimate(Bootstrap.TOKENS_PER_PARAM, atTarget.tokensPerParam(), bootstrap));
            extrapolation.add(estimate(Bootstrap.OPTIMAL_PARAMS, atTarget.params(), bootstrap));
            extrapolation.add(estimate(Bootstrap.OPTIMAL_TOKENS, atTarget.tokens(), bootstrap));
            extrapolation.add(estimate(LOSS_AT_TARGET, atTarget.loss(), bootstrap));
            double[] optimalParams = DoubleStream.of(bandFlops)
                    .map(c -> ComputeOptimalAllocator.optimalParams(law.get(), ComputeBudget.ofFlops(c))).toArray();
            band = band(ExtrapolationBand.Quantity.OPTIMAL_PARAMS, FitVariable.FLOPS, bandFlops,
                    layout.largest(FitVariable.FLOPS), optimalParams,
                    bootstrap, target, atTarget.params(), Bootstrap.OPTIMAL_PARAMS, PlotPoints.EMPTY);
            frontier = layout.frontier(law.get());
        }

        ToDoubleFunction<TrainingRun> predicted = run -> fit.predictLoss(run.params(), run.tokens());
        List<BudgetCurve> curves = new ArrayList<>();
        for (CurveBudget budget : layout.curveBudgets()) {
            curves.add(budget.curve(params -> fit.predictLoss(params,
                    budget.flops() / (ComputeBudget.FLOPS_PER_PARAM_TOKEN * params))));
        }
        FitPlot plot = layout.plot(predicted, curves, frontier, PlotPoints.EMPTY, band);
        FitComparison comparison = null;
        if (otherFit != null) {
            Approach3Objective other = request.objective().other();
            comparison = new FitComparison(request.objective(), other, comparedConstants(fit, target),
                    comparedConstants(otherFit, target), otherFit.converged(), otherFit.status());
            PlotPoints otherFrontier = otherFit.law().map(layout::frontier).orElse(PlotPoints.EMPTY);
            plot = plot.withComparison(new ComparisonCurve(request.objective(), other, otherFrontier));
        }
        return new FitResult(request, layout.train.size(), layout.excludedCount(), parameters, extrapolation,
                fit.converged(), fit.status(), holdout, bootstrap, List.of(), plot, comparison,
                new FittedApproach3(layout.train, fit, request.objective()));
    }

    /** The constants set side by side when two objectives are compared, plus the loss each extrapolates. */
    private static List<ParameterEstimate> comparedConstants(Approach3Fit fit, double target) {
        List<ParameterEstimate> constants = new ArrayList<>();
        constants.add(estimate(Bootstrap.E, fit.irreducible(), null));
        constants.add(estimate(Bootstrap.ALPHA, fit.alpha(), null));
        constants.add(estimate(Bootstrap.BETA, fit.beta(), null));
        constants.add(estimate(Bootstrap.A, fit.paramsCoefficient(), null));
        constants.add(estimate(Bootstrap.B, fit.tokensCoefficient(), null));
        fit.aExponent().ifPresent(a -> constants.add(estimate(Bootstrap.A_EXPONENT, a, null)));
        fit.bExponent().ifPresent(b -> constants.add(estimate(Bootstrap.B_EXPONENT, b, null)));
        fit.law().ifPresent(law -> constants.add(estimate(LOSS_AT_TARGET,
                ComputeOptimalAllocator.allocate(law, ComputeBudget.ofFlops(target)).loss(), null)));
        return constants;
    }

    /**
     * Ranks the default candidate runs (NextRunAdvisor's budgets and sizes around the fit's optimum)
     * by how much each shrinks the 95% interval of the loss extrapolated to {@code targetFlops},
     * refitting {@code resamples} times with the fit's own objective. Same progress and cancel
     * contract as {@link #fit}.
     */
    public static Advice adviseNextRuns(FittedApproach3 basis, double targetFlops, int resamples, long seed,
                                        DoubleConsumer progress, BooleanSupplier cancelled) {
        ChinchillaLaw law = basis.fit().law().orElseThrow(() -> new IllegalArgumentException(
                "the fit has a non-positive exponent, so it extrapolates no compute-optimal loss"));
        Approach3Fitter fitter = new Approach3Fitter().withPenalty(basis.objective().penalty());
        return NextRunAdvisor.advise(basis.runs(), basis.fit(), fitter, targetFlops,
                NextRunAdvisor.defaultCandidates(basis.runs(), law), resamples, seed, progress, cancelled);
    }

    /** Adds the extrapolated loss at the target and N_opt along the band's budgets to a resample's estimate. */
    private static Bootstrap.Estimate withLawExtras(Bootstrap.Estimate estimate, double target, double[] bandFlops) {
        Map<String, Double> values = new LinkedHashMap<>(estimate.values());
        ChinchillaLaw law = new ChinchillaLaw(values.get(Bootstrap.E), values.get(Bootstrap.A), values.get(Bootstrap.B),
                values.get(Bootstrap.ALPHA), values.get(Bootstrap.BETA));
        values.put(LOSS_AT_TARGET, ComputeOptimalAllocator.allocate(law, ComputeBudget.ofFlops(target)).loss());
        for (int i = 0; i < bandFlops.length; i++) {
            values.put(BAND_KEY + i, ComputeOptimalAllocator.optimalParams(law, ComputeBudget.ofFlops(bandFlops[i])));
        }
        return new Bootstrap.Estimate(values, estimate.converged());
    }

    private static FitResult approach2(FitRequest request, Layout layout, DoubleConsumer bootstrapProgress,
                                       BooleanSupplier cancelled) {
        IsoFlopFitter fitter = new IsoFlopFitter();
        Approach2Fit fit = fitter.fit(layout.kept);
        double target = request.targetFlops();
        double[] bandFlops = layout.computeGrid(target);

        BootstrapResult bootstrap = null;
        if (request.resamples() >= 2) {
            Bootstrap.Estimator base = Bootstrap.approach2(fitter, target);
            bootstrap = Bootstrap.percentileIntervals(layout.train, request.resamples(), request.seed(),
                    (resample, stop) -> {
                        Bootstrap.Estimate estimate = base.estimate(resample, stop);
                        Map<String, Double> values = new LinkedHashMap<>(estimate.values());
                        PowerLaw params = new PowerLaw(values.get(PARAMS_COEFFICIENT), values.get(Bootstrap.A_EXPONENT), 1);
                        for (int i = 0; i < bandFlops.length; i++) {
                            values.put(BAND_KEY + i, params.at(bandFlops[i]));
                        }
                        return new Bootstrap.Estimate(values, estimate.converged());
                    }, bootstrapProgress, cancelled);
        }

        List<ParameterEstimate> parameters = List.of(
                estimate(Bootstrap.A_EXPONENT, fit.aExponent(), bootstrap),
                estimate(Bootstrap.B_EXPONENT, fit.bExponent(), bootstrap),
                estimate(PARAMS_COEFFICIENT, fit.paramsLaw().coefficient(), bootstrap),
                estimate(TOKENS_COEFFICIENT, fit.tokensLaw().coefficient(), bootstrap),
                estimate(Bootstrap.TOKENS_PER_PARAM, fit.tokensPerParam(target), bootstrap));
        List<ParameterEstimate> extrapolation = List.of(
                estimate(Bootstrap.OPTIMAL_PARAMS, fit.optimalParams(target), bootstrap),
                estimate(Bootstrap.OPTIMAL_TOKENS, fit.optimalTokens(target), bootstrap));

        Map<String, List<TrainingRun>> fittedGroups = fitter.groups(layout.kept);
        Map<TrainingRun, IsoFlopProfile> profileOf = new IdentityHashMap<>();
        List<BudgetCurve> curves = new ArrayList<>();
        int vertexCount = fit.profiles().size();
        double[] vertexParams = new double[vertexCount];
        double[] vertexLoss = new double[vertexCount];
        double[] vertexFlops = new double[vertexCount];
        for (int p = 0; p < vertexCount; p++) {
            IsoFlopProfile profile = fit.profiles().get(p);
            List<TrainingRun> members = fittedGroups.getOrDefault(profile.label(), List.of());
            members.forEach(run -> profileOf.put(run, profile));
            curves.add(CurveBudget.over(profile.flops(), members).curve(params -> parabola(profile, params)));
            vertexParams[p] = profile.optimalParams();
            vertexLoss[p] = profile.minimumLoss();
            vertexFlops[p] = profile.flops();
        }
        // A parabola describes only its own budget's runs; other runs get no residual.
        ToDoubleFunction<TrainingRun> predicted = run -> {
            IsoFlopProfile profile = profileOf.get(run);
            return profile == null ? Double.NaN : parabola(profile, run.params());
        };
        double[] bandParams = DoubleStream.of(bandFlops).map(fit::optimalParams).toArray();
        ExtrapolationBand band = band(ExtrapolationBand.Quantity.OPTIMAL_PARAMS, FitVariable.FLOPS, bandFlops,
                layout.largest(FitVariable.FLOPS), bandParams, bootstrap, target, fit.optimalParams(target), Bootstrap.OPTIMAL_PARAMS,
                new PlotPoints(vertexFlops, vertexParams));
        FitPlot plot = layout.plot(predicted, curves, PlotPoints.EMPTY, new PlotPoints(vertexParams, vertexLoss), band);
        List<String> skipped = fit.skipped().stream().map(s -> s.label() + ": " + s.reason()).toList();
        return new FitResult(request, layout.train.size(), layout.excludedCount(), parameters, extrapolation, true,
                "", null, bootstrap, skipped, plot, null, null);
    }

    private static double parabola(IsoFlopProfile profile, double params) {
        double x = Math.log(params) - profile.logParamsCentre();
        return profile.c0() + profile.c1() * x + profile.c2() * x * x;
    }

    private static FitResult powerLaw(FitRequest request, Layout layout, DoubleConsumer fitProgress,
                                      DoubleConsumer bootstrapProgress, BooleanSupplier cancelled) {
        OffsetPowerLawFitter fitter = new OffsetPowerLawFitter();
        FitVariable variable = request.powerLawVariable();
        List<OffsetPowerLawFit> fitted = new ArrayList<>(1);
        HoldoutResult holdout = null;
        if (request.holdsOut()) {
            holdout = Holdout.evaluate(layout.kept, request.holdoutFlops(), train -> {
                OffsetPowerLawFit fit = fitter.fit(train, variable);
                fitted.add(fit);
                return run -> fit.predictLoss(variable.of(run));
            });
        } else {
            fitted.add(fitter.fit(layout.kept, variable));
        }
        fitProgress.accept(1.0);
        OffsetPowerLawFit fit = fitted.get(0);
        boolean againstCompute = variable == FitVariable.FLOPS;
        double target = request.targetFlops();
        double[] bandX = againstCompute ? layout.computeGrid(target) : layout.variableGrid(variable);

        BootstrapResult bootstrap = null;
        if (request.resamples() >= 2) {
            bootstrap = Bootstrap.percentileIntervals(layout.train, request.resamples(), request.seed(),
                    (resample, stop) -> {
                        OffsetPowerLawFit refit = fitter.fit(resample, variable);
                        Map<String, Double> values = new LinkedHashMap<>();
                        values.put(Bootstrap.E, refit.irreducible());
                        values.put(Bootstrap.A, refit.coefficient());
                        values.put(Bootstrap.ALPHA, refit.alpha());
                        if (againstCompute) {
                            values.put(LOSS_AT_TARGET, refit.predictLoss(target));
                        }
                        for (int i = 0; i < bandX.length; i++) {
                            values.put(BAND_KEY + i, refit.predictLoss(bandX[i]));
                        }
                        return new Bootstrap.Estimate(values, refit.converged());
                    }, bootstrapProgress, cancelled);
        }
        List<ParameterEstimate> parameters = List.of(
                estimate(Bootstrap.E, fit.irreducible(), bootstrap),
                estimate(Bootstrap.A, fit.coefficient(), bootstrap),
                estimate(Bootstrap.ALPHA, fit.alpha(), bootstrap));
        List<ParameterEstimate> extrapolation = againstCompute
                ? List.of(estimate(LOSS_AT_TARGET, fit.predictLoss(target), bootstrap)) : List.of();
        double[] bandLoss = DoubleStream.of(bandX).map(fit::predictLoss).toArray();
        ExtrapolationBand band = band(ExtrapolationBand.Quantity.LOSS, variable, bandX, layout.largest(variable), bandLoss,
                bootstrap,
                againstCompute ? target : Double.NaN, againstCompute ? fit.predictLoss(target) : Double.NaN,
                LOSS_AT_TARGET, PlotPoints.EMPTY);
        ToDoubleFunction<TrainingRun> predicted = run -> fit.predictLoss(variable.of(run));
        PlotPoints lawCurve = layout.curveOver(variable, fit::predictLoss);
        FitPlot plot = layout.plot(predicted, List.of(), lawCurve, PlotPoints.EMPTY, band);
        return new FitResult(request, layout.train.size(), layout.excludedCount(), parameters, extrapolation,
                fit.converged(), fit.status(), holdout, bootstrap, List.of(), plot, null, null);
    }

    private static ParameterEstimate estimate(String key, double value, BootstrapResult bootstrap) {
        Interval interval = bootstrap == null ? null : bootstrap.ci95().get(key);
        return new ParameterEstimate(key, value, interval);
    }

    private static ExtrapolationBand band(ExtrapolationBand.Quantity quantity, FitVariable variable, double[] x,
                                          double dataMaxX, double[] estimate, BootstrapResult bootstrap, double targetX,
                                          double targetEstimate, String targetKey, PlotPoints support) {
        double[] low = new double[0];
        double[] high = new double[0];
        Interval targetInterval = null;
        if (bootstrap != null) {
            low = new double[x.length];
            high = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                Interval interval = bootstrap.interval(BAND_KEY + i);
                low[i] = interval.low();
                high[i] = interval.high();
            }
            targetInterval = Double.isNaN(targetX) ? null : bootstrap.ci95().get(targetKey);
        }
        return new ExtrapolationBand(quantity, variable, x, estimate, low, high, dataMaxX, targetX, targetEstimate,
                targetInterval, support);
    }

    private static int stride(int size) {
        return Math.max(1, (size + MAX_POINTS_DRAWN - 1) / MAX_POINTS_DRAWN);
    }

    private static int shown(int size, int stride) {
        return (size + stride - 1) / stride;
    }

    /**
     * x and y of the runs of {@code subset} that the drawing keeps: every {@code stride}-th run of
     * {@code all}, so thinning picks the same runs in every chart. NaN values (no prediction) are left out.
     */
    private static PlotPoints points(List<TrainingRun> subset, List<TrainingRun> all, int stride,
                                     ToDoubleFunction<TrainingRun> x, ToDoubleFunction<TrainingRun> y) {
        return budgetPoints(subset, all, stride, x, y).xy();
    }

    private static BudgetPoints budgetPoints(List<TrainingRun> subset, List<TrainingRun> all, int stride,
                                             ToDoubleFunction<TrainingRun> x, ToDoubleFunction<TrainingRun> y) {
        Set<TrainingRun> drawn = stride == 1 ? null : drawnRuns(all, stride);
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

    private static double minOf(List<TrainingRun> runs, FitVariable variable) {
        return runs.stream().mapToDouble(variable::of).min().orElseThrow();
    }

    private static double maxOf(List<TrainingRun> runs, FitVariable variable) {
        return runs.stream().mapToDouble(variable::of).max().orElseThrow();
    }

    private static Set<TrainingRun> drawnRuns(List<TrainingRun> all, int stride) {
        Set<TrainingRun> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < all.size(); i += stride) {
            drawn.add(all.get(i));
        }
        return drawn;
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

    /** A budget to draw an isoFLOP curve at, over the model sizes trained near it. */
    private record CurveBudget(double flops, double minParams, double maxParams) {

        /** The geometric-mean budget of {@code runs}, as Approach 2 takes a group's budget, over their sizes. */
        static CurveBudget over(double flops, List<TrainingRun> runs) {
            return new CurveBudget(flops, runs.stream().mapToDouble(TrainingRun::params).min().orElse(Double.NaN),
                    runs.stream().mapToDouble(TrainingRun::params).max().orElse(Double.NaN));
        }

        static double geometricMeanFlops(List<TrainingRun> runs) {
            return Math.exp(runs.stream().mapToDouble(run -> Math.log(run.flops())).average().orElseThrow());
        }

        boolean spansSizes() {
            return maxParams > minParams;
        }

        /** Fitted loss along this budget's isoFLOP line, over the sizes trained and a little beyond. */
        BudgetCurve curve(java.util.function.DoubleUnaryOperator lossOfParams) {
            double[] params = logSpaced(minParams / CURVE_MARGIN, maxParams * CURVE_MARGIN, CURVE_POINTS);
            return new BudgetCurve(flops, new PlotPoints(params, DoubleStream.of(params).map(lossOfParams).toArray()));
        }
    }

    /** Which runs a fit used, held out and excluded, and how each chart lays them out. */
    private static final class Layout {
        final FitRequest request;
        final List<TrainingRun> all;
        final List<TrainingRun> kept;
        final List<TrainingRun> train;
        final List<TrainingRun> heldOut;
        final List<TrainingRun> excluded;
        final int stride;

        Layout(FitRequest request, List<TrainingRun> all, List<TrainingRun> kept) {
            this.request = request;
            this.all = all;
            this.kept = kept;
            this.train = request.holdsOut() ? RunSelection.flopsAtMost(kept, request.holdoutFlops()) : kept;
            this.heldOut = request.holdsOut() ? RunSelection.flopsAbove(kept, request.holdoutFlops()) : List.of();
            Set<TrainingRun> keptSet = Collections.newSetFromMap(new IdentityHashMap<>());
            keptSet.addAll(kept);
            this.excluded = all.stream().filter(run -> !keptSet.contains(run)).toList();
            this.stride = stride(all.size());
        }

        double largest(FitVariable variable) {
            return maxOf(all, variable);
        }

        int excludedCount() {
            return excluded.size();
        }

        /** Budgets from the smallest run to twice the larger of the target and the largest run. */
        double[] computeGrid(double target) {
            double min = all.stream().mapToDouble(TrainingRun::flops).min().orElseThrow();
            double max = all.stream().mapToDouble(TrainingRun::flops).max().orElseThrow();
            return logSpaced(min, 2 * Math.max(target, max), BAND_POINTS);
        }

        /** The runs' range of {@code variable}, carried a decade past the largest. */
        double[] variableGrid(FitVariable variable) {
            double min = all.stream().mapToDouble(variable::of).min().orElseThrow();
            double max = all.stream().mapToDouble(variable::of).max().orElseThrow();
            return logSpaced(min, 10 * max, BAND_POINTS);
        }

        /**
         * Where to draw isoFLOP curves: at each budget of an isoFLOP design (the group column, or
         * at most {@value #MAX_DESIGN_BUDGETS} clusters of FLOPs with 3 or more runs each); for runs
         * spread over many budgets, as read off Hoffmann's Figure 4, at 1 and 3 times each power of
         * ten among them, over the sizes trained within a factor of about 1.7 of that budget.
         */
        List<CurveBudget> curveBudgets() {
            Map<String, List<TrainingRun>> groups = new IsoFlopFitter().groups(all);
            List<CurveBudget> budgets = new ArrayList<>();
            boolean design = groups.size() <= MAX_DESIGN_BUDGETS
                    && groups.values().stream().allMatch(g -> g.size() >= 3);
            if (design) {
                for (List<TrainingRun> group : groups.values()) {
                    budgets.add(CurveBudget.over(CurveBudget.geometricMeanFlops(group), group));
                }
            } else {
                double min = minOf(all, FitVariable.FLOPS);
                double max = maxOf(all, FitVariable.FLOPS);
                for (int exponent = (int) Math.floor(Math.log10(min)); exponent <= Math.ceil(Math.log10(max)); exponent++) {
                    for (double mantissa : new double[] {1, 3}) {
                        double flops = mantissa * Math.pow(10, exponent);
                        if (flops >= min && flops <= max) {
                            budgets.add(CurveBudget.over(flops, all.stream()
                                    .filter(run -> Math.abs(Math.log(run.flops() / flops)) <= NEAR_BUDGET_LOG).toList()));
                        }
                    }
                }
            }
            budgets.removeIf(budget -> !budget.spansSizes());
            budgets.sort(java.util.Comparator.comparingDouble(CurveBudget::flops));
            return budgets;
        }

        /** The fitted law's compute-optimal loss against N over the runs' budgets: the line through the curves' minima. */
        PlotPoints frontier(ChinchillaLaw law) {
            double[] flops = logSpaced(minOf(all, FitVariable.FLOPS) / 2, maxOf(all, FitVariable.FLOPS) * 2, CURVE_POINTS);
            double[] params = new double[flops.length];
            double[] loss = new double[flops.length];
            for (int i = 0; i < flops.length; i++) {
                Allocation allocation = ComputeOptimalAllocator.allocate(law, ComputeBudget.ofFlops(flops[i]));
                params[i] = allocation.params();
                loss[i] = allocation.loss();
            }
            return new PlotPoints(params, loss);
        }

        PlotPoints curveOver(FitVariable variable, java.util.function.DoubleUnaryOperator lossOf) {
            double min = all.stream().mapToDouble(variable::of).min().orElseThrow();
            double max = all.stream().mapToDouble(variable::of).max().orElseThrow();
            double[] x = logSpaced(min / CURVE_MARGIN, max * CURVE_MARGIN, CURVE_POINTS);
            return new PlotPoints(x, DoubleStream.of(x).map(lossOf).toArray());
        }

        FitPlot plot(ToDoubleFunction<TrainingRun> predicted, List<BudgetCurve> curves, PlotPoints lawCurve,
                     PlotPoints vertices, ExtrapolationBand band) {
            FitVariable xVariable = request.xVariable();
            ToDoubleFunction<TrainingRun> x = xVariable::of;
            ToDoubleFunction<TrainingRun> residual = run -> Math.log(run.loss() / predicted.applyAsDouble(run));
            return new FitPlot(request.approach(), xVariable, minOf(all, FitVariable.FLOPS), maxOf(all, FitVariable.FLOPS),
                    budgetPoints(train, all, stride, x, TrainingRun::loss),
                    budgetPoints(train, all, stride, x, residual),
                    points(heldOut, all, stride, x, TrainingRun::loss),
                    points(excluded, all, stride, x, TrainingRun::loss),
                    points(heldOut, all, stride, x, residual),
                    points(excluded, all, stride, x, residual),
                    curves, lawCurve, vertices, band, shown(all.size(), stride), all.size());
        }
    }
}

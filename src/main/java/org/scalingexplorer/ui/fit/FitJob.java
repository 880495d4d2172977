package org.scalingexplorer.ui.fit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.ToDoubleFunction;
import org.scalingexplorer.engine.fit.Approach2Fit;
import org.scalingexplorer.engine.fit.Approach2Result;
import org.scalingexplorer.engine.fit.ChinchillaForm;
import org.scalingexplorer.engine.fit.FitPipeline;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.fit.FormBootstrap;
import org.scalingexplorer.engine.fit.FormFit;
import org.scalingexplorer.engine.fit.HeldOutPrediction;
import org.scalingexplorer.engine.fit.IsoFlopFitter;
import org.scalingexplorer.engine.fit.IsoFlopProfile;
import org.scalingexplorer.engine.fit.KaplanForm;
import org.scalingexplorer.engine.fit.LawExtrapolation;
import org.scalingexplorer.engine.fit.LawFitOutcome;
import org.scalingexplorer.engine.fit.ParameterEstimate;
import org.scalingexplorer.engine.fit.PowerLawForm;
import org.scalingexplorer.engine.fit.RunSelection;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;

/**
 * The Fit view's background job: runs the engine's fit of a {@link FitRequest} (the law forms and
 * the power law through {@link FitPipeline}, Approach 2 through {@link Approach2Result}) and lays
 * its answer out for the results panel and the charts. Plain Java, no JavaFX: the view-model runs it
 * on a background thread, the tests call it through the view-model.
 */
final class FitJob {

    /** The other objective's fit takes this share of the progress bar when objectives are compared. */
    private static final double COMPARISON_SHARE = 0.1;

    private FitJob() {
    }

    /**
     * Fits {@code request}; {@code progress} gets 0..1 from worker threads, the engine stops with a
     * {@link java.util.concurrent.CancellationException} soon after {@code cancelled} turns true, and
     * bad inputs throw {@link IllegalArgumentException} with the engine's message.
     */
    static FitResult fit(FitRequest request, DoubleConsumer progress, BooleanSupplier cancelled) {
        if (request.runs().isEmpty()) {
            throw new IllegalArgumentException("no runs are loaded");
        }
        FitResult result = request.approach() == FitApproach.APPROACH_2
                ? approach2(request, progress, cancelled) : lawForm(request, progress, cancelled);
        progress.accept(1.0);
        return result;
    }

    private static FitResult lawForm(FitRequest request, DoubleConsumer progress, BooleanSupplier cancelled) {
        double mainShare = request.compares() ? 1 - COMPARISON_SHARE : 1;
        LawFitOutcome outcome = FitPipeline.fit(request.runs(), request.spec(), f -> progress.accept(mainShare * f),
                cancelled);
        List<TrainingRun> heldOut = outcome.holdout() == null ? List.of()
                : outcome.holdout().runs().stream().map(HeldOutPrediction::run).toList();
        FitPlotLayout layout = new FitPlotLayout(request.xVariable(), request.runs(), outcome.train(), heldOut);
        FormFit fit = outcome.fit();
        double target = request.targetFlops();
        Optional<ChinchillaLaw> law = fit.chinchillaLaw();

        ExtrapolationBand band = null;
        PlotPoints lawCurve = PlotPoints.EMPTY;
        List<BudgetCurve> curves = List.of();
        List<ParameterEstimate> atTarget = LawExtrapolation.atTarget(outcome, target);
        if (law.isPresent()) {
            ParameterEstimate params = atTarget.get(0);
            band = LawExtrapolation.optimalParams(outcome, layout.computeGrid(target))
                    .map(b -> FitPlotLayout.band(ExtrapolationBand.Quantity.OPTIMAL_PARAMS, FitVariable.FLOPS, b,
                            layout.max(FitVariable.FLOPS), target, params.value(), params.ci95(), PlotPoints.EMPTY))
                    .orElse(null);
            lawCurve = layout.frontier(law.get());
        } else if (fit.form() instanceof PowerLawForm power) {
            FitVariable variable = power.variable();
            boolean againstCompute = variable == FitVariable.FLOPS;
            double[] x = againstCompute ? layout.computeGrid(target) : layout.variableGrid(variable);
            ParameterEstimate loss = againstCompute ? atTarget.get(0) : null;
            band = LawExtrapolation.powerLoss(outcome, x).map(b -> FitPlotLayout.band(ExtrapolationBand.Quantity.LOSS,
                    variable, b, layout.max(variable), againstCompute ? target : Double.NaN,
                    againstCompute ? loss.value() : Double.NaN, againstCompute ? loss.ci95() : null,
                    PlotPoints.EMPTY)).orElse(null);
            lawCurve = layout.curveOver(variable, v -> powerLoss(fit, v));
        }
        if (fit.form() instanceof ChinchillaForm || fit.form() instanceof KaplanForm) {
            // A law of N and D alone draws its isoFLOP curves (the data-constrained one also needs unique tokens).
            curves = layout.curves((params, tokens) -> fit.predictLoss(TrainingRun.of(params, tokens, 1)));
        }
        ToDoubleFunction<TrainingRun> predicted = fit::predictLoss;
        FitPlot plot = layout.plot(request.approach(), predicted, curves, lawCurve, PlotPoints.EMPTY, band);

        FitComparison comparison = null;
        if (request.compares()) {
            LawFitOutcome other = FitPipeline.refitWithPenalty(outcome, request.objective().other().penalty(),
                    f -> progress.accept(mainShare + COMPARISON_SHARE * f), cancelled);
            comparison = new FitComparison(request.objective(), request.objective().other(),
                    comparedConstants(outcome, target), comparedConstants(other, target), other.fit().converged(),
                    other.fit().status());
            PlotPoints otherFrontier = other.fit().chinchillaLaw().map(layout::frontier).orElse(PlotPoints.EMPTY);
            plot = plot.withComparison(new ComparisonCurve(request.objective(), request.objective().other(),
                    otherFrontier));
        }
        FormBootstrap.Samples samples = outcome.bootstrap();
        FitResult.BootstrapSummary bootstrap = samples == null ? null
                : new FitResult.BootstrapSummary(samples.resamples(), samples.failed(), samples.unconverged());
        return new FitResult(request, outcome.train().size(), outcome.excludedRuns(),
                LawExtrapolation.constants(outcome, target), atTarget, fit.converged(), fit.status(),
                outcome.holdout(), bootstrap, List.of(), outcome.warnings(), outcome.ranking(), plot, comparison,
                outcome);
    }

    private static double powerLoss(FormFit fit, double x) {
        return fit.constant("E") + fit.constant("A") * Math.pow(x, -fit.constant("alpha"));
    }

    /** The constants set side by side when two objectives are compared, plus the loss each extrapolates. */
    private static List<ParameterEstimate> comparedConstants(LawFitOutcome outcome, double target) {
        List<ParameterEstimate> constants = new ArrayList<>();
        for (ParameterEstimate estimate : LawExtrapolation.constants(outcome, target)) {
            constants.add(new ParameterEstimate(estimate.key(), estimate.value(), null));
        }
        LawExtrapolation.atTarget(outcome, target).stream()
                .filter(e -> e.key().equals(LawExtrapolation.LOSS_AT_TARGET))
                .forEach(e -> constants.add(new ParameterEstimate(e.key(), e.value(), null)));
        return constants;
    }

    private static FitResult approach2(FitRequest request, DoubleConsumer progress, BooleanSupplier cancelled) {
        List<TrainingRun> all = request.runs();
        List<TrainingRun> kept = request.excludeHighestLoss() > 0
                ? RunSelection.withoutHighestLoss(all, request.excludeHighestLoss()) : all;
        FitPlotLayout layout = new FitPlotLayout(request.xVariable(), all, kept, List.of());
        double target = request.targetFlops();
        IsoFlopFitter fitter = new IsoFlopFitter();
        Approach2Result result = Approach2Result.fit(kept, fitter, request.resamples(), request.seed(), target,
                layout.computeGrid(target), progress, cancelled);
        Approach2Fit fit = result.fit();

        Map<String, List<TrainingRun>> fittedGroups = fitter.groups(kept);
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
            double minParams = members.stream().mapToDouble(TrainingRun::params).min().orElse(Double.NaN);
            double maxParams = members.stream().mapToDouble(TrainingRun::params).max().orElse(Double.NaN);
            curves.add(FitPlotLayout.curve(profile.flops(), minParams, maxParams, profile::lossAt));
            vertexParams[p] = profile.optimalParams();
            vertexLoss[p] = profile.minimumLoss();
            vertexFlops[p] = profile.flops();
        }
        // A parabola describes only its own budget's runs; other runs get no residual.
        ToDoubleFunction<TrainingRun> predicted = run -> {
            IsoFlopProfile profile = profileOf.get(run);
            return profile == null ? Double.NaN : profile.lossAt(run.params());
        };
        List<ParameterEstimate> atTarget = result.atTarget(target);
        ParameterEstimate params = atTarget.get(0);
        ExtrapolationBand band = FitPlotLayout.band(ExtrapolationBand.Quantity.OPTIMAL_PARAMS, FitVariable.FLOPS,
                result.optimalParamsBand(), layout.max(FitVariable.FLOPS), target, params.value(), params.ci95(),
                new PlotPoints(vertexFlops, vertexParams));
        FitPlot plot = layout.plot(request.approach(), predicted, curves, PlotPoints.EMPTY,
                new PlotPoints(vertexParams, vertexLoss), band);
        List<String> skipped = fit.skipped().stream().map(s -> s.label() + ": " + s.reason()).toList();
        FitResult.BootstrapSummary bootstrap = result.bootstrap() == null ? null
                : new FitResult.BootstrapSummary(result.bootstrap().resamples(), result.bootstrap().failedResamples(),
                result.bootstrap().unconvergedResamples());
        return new FitResult(request, kept.size(), layout.excludedCount(), result.constants(target), atTarget, true, "",
                null, bootstrap, skipped, result.warnings(), null, plot, null, null);
    }
}

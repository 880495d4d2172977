package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * The whole fit a researcher asks for, in one place for the command line and the Fit view: count
 * compute as asked, drop the highest-loss runs, split off the hold-out, choose the form by
 * cross-validation on the training runs (or take the one given), fit it on the training runs only,
 * bootstrap it, predict every held-out run with a 95% prediction interval, and say what not to trust.
 * Plain Java: {@code progress} gets 0..1 (from worker threads during the parallel parts) and the work
 * stops with a {@link java.util.concurrent.CancellationException} soon after {@code cancelled} turns true.
 */
public final class FitPipeline {

    private FitPipeline() {
    }

    public static LawFitOutcome fit(List<TrainingRun> runs, FitSpec spec) {
        return fit(runs, spec, fraction -> { }, () -> false);
    }

    public static LawFitOutcome fit(List<TrainingRun> runs, FitSpec spec, DoubleConsumer progress,
                                    BooleanSupplier cancelled) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to fit");
        }
        List<TrainingRun> counted = spec.flopsCount().apply(runs);
        List<TrainingRun> kept = spec.excludeHighestLoss() > 0
                ? RunSelection.withoutHighestLoss(counted, spec.excludeHighestLoss()) : counted;
        HoldoutSpec.Split split = spec.holdout() == null ? new HoldoutSpec.Split(kept, List.of())
                : spec.holdout().split(kept);
        List<TrainingRun> train = split.train();
        int resamples = spec.effectiveResamples();
        if ((long) resamples * train.size() > Limits.RUN_REFITS) {
            throw new IllegalArgumentException("--bootstrap " + resamples + " resamples of " + train.size()
                    + " runs is more than " + Limits.count(Limits.RUN_REFITS) + " run refits; ask for fewer resamples");
        }
        double fitShare = resamples >= 2 ? (spec.comparesForms() ? 0.5 : 0.1) : 1.0;
        DoubleConsumer fitProgress = fraction -> progress.accept(fitShare * fraction);

        FormChoice.Ranking ranking = null;
        FormFit fit;
        FormFitter fitter;
        if (spec.comparesForms()) {
            HoldoutAxis axis = spec.holdout() == null ? HoldoutAxis.FLOPS : spec.holdout().axis();
            ranking = FormChoice.rank(train, spec.candidates(), axis, spec.penalty(), spec.search(), fitProgress,
                    cancelled);
            fit = ranking.chosenFit();
            fitter = new FormFitter(fit.form(), spec.penalty(), fit.fixed(), spec.search());
        } else {
            LawForm form = spec.form();
            fitter = new FormFitter(form, spec.penalty(), FixedCoordinates.of(form, spec.fixes()), spec.search());
            fit = fitter.fit(train, fitProgress, cancelled);
        }
        progress.accept(fitShare);

        FormBootstrap.Samples samples = null;
        if (resamples >= 2) {
            samples = FormBootstrap.run(fitter, fit, train, split.heldOut(), resamples, spec.seed(),
                    fraction -> progress.accept(fitShare + (1 - fitShare) * fraction), cancelled);
        }
        HoldoutReport holdout = null;
        if (spec.holdout() != null) {
            List<HeldOutPrediction> predictions = new ArrayList<>();
            for (int j = 0; j < split.heldOut().size(); j++) {
                TrainingRun run = split.heldOut().get(j);
                Interval interval = samples.predictionInterval(j);
                predictions.add(new HeldOutPrediction(run, fit.predictLoss(run), interval.low(), interval.high()));
            }
            holdout = new HoldoutReport(spec.holdout(), train.size(), predictions);
        }
        List<TrustWarning> warnings = TrustChecks.forFit(fit, train, samples);
        progress.accept(1.0);
        return new LawFitOutcome(fit, train, runs.size() - kept.size(), samples, holdout, ranking, warnings,
                rSquared(fit, train));
    }

    /**
     * The outcome's form fitted again to the same training runs, with the same constants held, under
     * another {@code penalty}: how much the choice of objective alone moves the constants. No bootstrap.
     */
    public static LawFitOutcome refitWithPenalty(LawFitOutcome outcome, ResidualLoss penalty, DoubleConsumer progress,
                                                 BooleanSupplier cancelled) {
        FormFit other = new FormFitter(outcome.form(), penalty, outcome.fit().fixed(), FormFitter.Search.FAST)
                .fit(outcome.train(), progress, cancelled);
        return new LawFitOutcome(other, outcome.train(), outcome.excludedRuns(), null, null, null, List.of(),
                rSquared(other, outcome.train()));
    }

    /** 1 - SS_res / SS_tot of the loss itself (not its log), as Muennighoff et al. 2023 report it. */
    public static double rSquared(FormFit fit, List<TrainingRun> runs) {
        double mean = runs.stream().mapToDouble(TrainingRun::loss).average().orElse(Double.NaN);
        double residual = 0;
        double total = 0;
        for (TrainingRun run : runs) {
            double error = fit.predictLoss(run) - run.loss();
            residual += error * error;
            total += (run.loss() - mean) * (run.loss() - mean);
        }
        return total > 0 ? 1 - residual / total : Double.NaN;
    }
}

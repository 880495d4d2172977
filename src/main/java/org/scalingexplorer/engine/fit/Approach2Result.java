package org.scalingexplorer.engine.fit;

import java.util.List;
import org.scalingexplorer.engine.io.TrainingRun;

/** Approach 2 on one set of runs: the fit, its bootstrap (null without resamples) and what not to trust. */
public record Approach2Result(Approach2Fit fit, BootstrapResult bootstrap, List<TrustWarning> warnings) {

    public Approach2Result {
        warnings = List.copyOf(warnings);
    }

    /**
     * Fits {@code runs} by Approach 2 with {@code fitter}, bootstraps the exponents over runs with
     * {@code resamples} resamples (0: none), and names the budgets skipped or with minima on their edge.
     */
    public static Approach2Result fit(List<TrainingRun> runs, IsoFlopFitter fitter, int resamples, long seed,
                                      double budgetFlops, java.util.function.DoubleConsumer progress,
                                      java.util.function.BooleanSupplier cancelled) {
        Approach2Fit fit = fitter.fit(runs);
        BootstrapResult bootstrap = resamples >= 2 ? Bootstrap.percentileIntervals(runs, resamples, seed,
                Bootstrap.approach2(fitter, budgetFlops), progress, cancelled) : null;
        progress.accept(1.0);
        return new Approach2Result(fit, bootstrap, TrustChecks.forApproach2(fit, fitter.groups(runs)));
    }
}

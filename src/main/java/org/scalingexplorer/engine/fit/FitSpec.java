package org.scalingexplorer.engine.fit;

import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.Limits;

/**
 * What the fitting pipeline ({@link FitPipeline}) is asked to do, shared by the command line and the
 * Fit view: which form (or compare {@code candidates} by cross-validation and take the best), the
 * penalty on log-loss residuals, constants to hold fixed, an optional hold-out, the bootstrap, which
 * runs to drop first and how to count compute.
 *
 * @param resamples bootstrap resamples, 0 for none; a hold-out without a bootstrap still gets
 *                  {@link #DEFAULT_PREDICTION_RESAMPLES} for its prediction intervals
 */
public record FitSpec(LawForm form, List<LawForm> candidates, ResidualLoss penalty, Map<String, Double> fixes,
                      HoldoutSpec holdout, int resamples, long seed, FormFitter.Search search, int excludeHighestLoss,
                      FlopsCount flopsCount) {

    /** Resamples behind the held-out runs' prediction intervals when no bootstrap was asked for. */
    public static final int DEFAULT_PREDICTION_RESAMPLES = 1000;

    public FitSpec {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        fixes = fixes == null ? Map.of() : Map.copyOf(fixes);
        if (form == null && candidates.isEmpty()) {
            throw new IllegalArgumentException("a fit needs a form or forms to compare");
        }
        if (!candidates.isEmpty() && !fixes.isEmpty()) {
            throw new IllegalArgumentException("--fix holds constants of one form; it cannot be combined with "
                    + "--compare-forms");
        }
        if (resamples < 0 || resamples == 1 || resamples > Limits.BOOTSTRAP_RESAMPLES) {
            throw new IllegalArgumentException("--bootstrap must be 0 (none) or between 2 and "
                    + Limits.count(Limits.BOOTSTRAP_RESAMPLES) + ", got " + resamples);
        }
        if (excludeHighestLoss < 0) {
            throw new IllegalArgumentException("--exclude-highest-loss must be 0 or more, got " + excludeHighestLoss);
        }
        if (penalty == null || search == null || flopsCount == null) {
            throw new IllegalArgumentException("penalty, search and FLOPs count are required");
        }
    }

    /** One form, Huber penalty of Hoffmann et al. 2022, fast search, nothing else. */
    public static FitSpec of(LawForm form) {
        return new FitSpec(form, List.of(), HuberLoss.chinchilla(), Map.of(), null, 0, 1, FormFitter.Search.FAST, 0,
                FlopsCount.FILE);
    }

    public boolean comparesForms() {
        return !candidates.isEmpty();
    }

    public FitSpec withHoldout(HoldoutSpec other) {
        return new FitSpec(form, candidates, penalty, fixes, other, resamples, seed, search, excludeHighestLoss, flopsCount);
    }

    public FitSpec withResamples(int count, long otherSeed) {
        return new FitSpec(form, candidates, penalty, fixes, holdout, count, otherSeed, search, excludeHighestLoss,
                flopsCount);
    }

    public FitSpec withFixes(Map<String, Double> other) {
        return new FitSpec(form, candidates, penalty, other, holdout, resamples, seed, search, excludeHighestLoss,
                flopsCount);
    }

    public FitSpec withSearch(FormFitter.Search other) {
        return new FitSpec(form, candidates, penalty, fixes, holdout, resamples, seed, other, excludeHighestLoss,
                flopsCount);
    }

    /** The bootstrap resamples the pipeline will draw: asked for, or the default when only a hold-out needs them. */
    public int effectiveResamples() {
        return resamples == 0 && holdout != null ? DEFAULT_PREDICTION_RESAMPLES : resamples;
    }
}

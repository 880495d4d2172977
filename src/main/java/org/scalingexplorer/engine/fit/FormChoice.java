package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Chooses a form by cross-validation on the training runs only, never looking at the real
 * hold-out: the training runs with the largest values along the axis (the top fifth of its distinct
 * values, at least one) are set aside, each form is fitted on the rest and scored by its mean
 * relative error on them; the form that extrapolates best wins. Each form is also fitted on all
 * training runs, for its objective and so the winner's fit is at hand.
 */
public final class FormChoice {

    /** Share of the distinct axis values held out for the cross-validation. */
    public static final double CV_SHARE = 0.2;

    /** The table, best first, the chosen form and its fit on all training runs. */
    public record Ranking(List<FormScore> scores, LawForm chosen, FormFit chosenFit, HoldoutAxis axis, double cvCutoff,
                          int cvTrainRuns, int cvHeldOutRuns) {
        public Ranking {
            scores = List.copyOf(scores);
        }
    }

    private FormChoice() {
    }

    /**
     * The forms worth comparing on {@code runs}: both Chinchilla forms, Kaplan's, the power law
     * against {@code powerVariable}, and the data-constrained form only where every run says how
     * many unique tokens it saw.
     */
    public static List<LawForm> candidates(List<TrainingRun> runs, FitVariable powerVariable) {
        List<LawForm> forms = new ArrayList<>(List.of(ChinchillaForm.FREE, ChinchillaForm.TIED, KaplanForm.INSTANCE,
                new PowerLawForm(powerVariable)));
        if (!runs.isEmpty() && runs.stream().allMatch(TrainingRun::hasUniqueTokens)) {
            forms.add(DataConstrainedForm.INSTANCE);
        }
        return forms;
    }

    /** The cut-off below which (inclusive) the cross-validation fits: the largest value outside the top fifth. */
    public static double cvCutoff(List<TrainingRun> train, HoldoutAxis axis) {
        double[] distinct = train.stream().mapToDouble(axis::of).distinct().sorted().toArray();
        if (distinct.length < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 distinct " + axis.id()
                    + " values among the training runs, found " + distinct.length);
        }
        int heldOut = Math.max(1, (int) Math.ceil(CV_SHARE * distinct.length));
        return distinct[distinct.length - heldOut - 1];
    }

    public static Ranking rank(List<TrainingRun> train, List<LawForm> candidates, HoldoutAxis axis,
                               ResidualLoss penalty, FormFitter.Search search, DoubleConsumer progress,
                               BooleanSupplier cancelled) {
        HoldoutAxis cvAxis = axis.numeric() ? axis : HoldoutAxis.FLOPS;
        double cutoff = cvCutoff(train, cvAxis);
        HoldoutSpec.Split split = HoldoutSpec.above(cvAxis, cutoff).split(train);
        List<FormScore> scores = new ArrayList<>();
        List<FormFit> fits = new ArrayList<>();
        for (int f = 0; f < candidates.size(); f++) {
            LawForm form = candidates.get(f);
            int index = f;
            DoubleConsumer formProgress = fraction -> progress.accept((index + fraction) / candidates.size());
            FormFitter fitter = new FormFitter(form, penalty, FixedCoordinates.none(form), search);
            try {
                FormFit cvFit = fitter.fit(split.train(), fraction -> formProgress.accept(0.5 * fraction), cancelled);
                double errorSum = 0;
                for (TrainingRun run : split.heldOut()) {
                    errorSum += Math.abs(cvFit.predictLoss(run) - run.loss()) / run.loss();
                }
                FormFit full = fitter.fit(train, fraction -> formProgress.accept(0.5 + 0.5 * fraction), cancelled);
                scores.add(new FormScore(form.id(), errorSum / split.heldOut().size(), full.objective(), ""));
                fits.add(full);
            } catch (CancellationException e) {
                throw e;
            } catch (IllegalArgumentException | ArithmeticException e) {
                scores.add(new FormScore(form.id(), Double.NaN, Double.NaN, e.getMessage()));
                fits.add(null);
            }
        }
        Integer[] order = new Integer[scores.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> scores.get(i).fitted()
                ? scores.get(i).cvMeanRelError() : Double.POSITIVE_INFINITY).thenComparingInt(i -> i));
        if (!scores.get(order[0]).fitted()) {
            throw new IllegalArgumentException("no form could be fitted for the cross-validation: "
                    + scores.get(order[0]).note());
        }
        List<FormScore> ranked = Arrays.stream(order).map(scores::get).toList();
        progress.accept(1.0);
        return new Ranking(ranked, candidates.get(order[0]), fits.get(order[0]), cvAxis, cutoff,
                split.train().size(), split.heldOut().size());
    }
}

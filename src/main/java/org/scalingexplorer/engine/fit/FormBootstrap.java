package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Bootstrap of a form's fit over runs: each resample draws the training runs with replacement and
 * refits from the fit's optimum ({@link FormFitter#refit}). It keeps every resample's constants (for
 * percentile intervals and for how strongly two exponents move together) and, for each held-out run,
 * a draw of the loss it would show: the resample's prediction times exp(r), r one of the full fit's
 * log residuals (observed over predicted) picked at random. The 2.5th and 97.5th percentiles of
 * those draws are the run's 95% prediction interval: the fit's uncertainty plus the runs' scatter.
 * Resamples run in parallel, each on its own random stream from {@code seed}, so the result does not
 * depend on threads.
 */
public final class FormBootstrap {

    /** Every resample that could be fitted: constants [resample][constant], held-out loss draws [resample][run]. */
    public record Samples(int resamples, int failed, int unconverged, List<String> constantNames,
                          double[][] constants, double[][] heldOutLoss) {

        /** 95% percentile interval of constant {@code name}. */
        public Interval interval(String name) {
            int k = constantNames.indexOf(name);
            if (k < 0) {
                throw new IllegalArgumentException("the bootstrap has no constant " + name);
            }
            return percentiles(column(constants, k));
        }

        /**
         * 95% percentile interval of a quantity computed from each resample's constants (in the order
         * of {@link #constantNames}), e.g. N_opt at a budget; resamples where it is not finite are left
         * out, and null is returned when none is finite.
         */
        public Interval derived(java.util.function.ToDoubleFunction<double[]> quantity) {
            double[] values = java.util.Arrays.stream(constants).mapToDouble(quantity)
                    .filter(Double::isFinite).toArray();
            return values.length == 0 ? null : percentiles(values);
        }

        /** 95% prediction interval of held-out run {@code j}. */
        public Interval predictionInterval(int j) {
            return percentiles(column(heldOutLoss, j));
        }

        /** Pearson correlation of two constants across resamples; NaN when either does not vary. */
        public double correlation(String first, String second) {
            double[] x = column(constants, constantNames.indexOf(first));
            double[] y = column(constants, constantNames.indexOf(second));
            if (x.length < 3) {
                return Double.NaN;
            }
            return new PearsonsCorrelation().correlation(x, y);
        }

        private static double[] column(double[][] rows, int k) {
            double[] values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = rows[i][k];
            }
            return values;
        }

        private static Interval percentiles(double[] values) {
            Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            percentile.setData(values);
            return new Interval(percentile.evaluate(2.5), percentile.evaluate(97.5));
        }
    }

    private FormBootstrap() {
    }

    private record Draw(double[] constants, double[] heldOutLoss, boolean converged) {
    }

    public static Samples run(FormFitter fitter, FormFit fit, List<TrainingRun> train, List<TrainingRun> heldOut,
                              int resamples, long seed, DoubleConsumer progress, BooleanSupplier cancelled) {
        if (resamples < 2) {
            throw new IllegalArgumentException("a bootstrap needs at least 2 resamples, got " + resamples);
        }
        int n = train.size();
        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) {
            residuals[i] = -fit.logResidual(train.get(i));
        }
        List<String> names = List.copyOf(fit.constants().keySet());
        long[] seeds = new SplittableRandom(seed).longs(resamples).toArray();
        int reportEvery = Math.max(1, resamples / 100);
        AtomicInteger done = new AtomicInteger();
        Draw[] draws = IntStream.range(0, resamples).parallel().mapToObj(b -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("bootstrap cancelled");
            }
            SplittableRandom random = new SplittableRandom(seeds[b]);
            List<TrainingRun> resample = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                resample.add(train.get(random.nextInt(n)));
            }
            Draw draw;
            try {
                FormFit refit = fitter.refit(resample, fit, cancelled);
                double[] constants = refit.constants().values().stream().mapToDouble(Double::doubleValue).toArray();
                double[] losses = new double[heldOut.size()];
                for (int j = 0; j < losses.length; j++) {
                    double logLoss = refit.form().logPrediction(refit.point(), heldOut.get(j))
                            + residuals[random.nextInt(n)];
                    losses[j] = Math.exp(logLoss);
                    if (!Double.isFinite(losses[j])) {
                        throw new ArithmeticException("prediction overflows");
                    }
                }
                draw = new Draw(constants, losses, refit.converged());
            } catch (IllegalArgumentException | ArithmeticException e) {
                draw = null;
            }
            int finished = done.incrementAndGet();
            if (finished % reportEvery == 0 || finished == resamples) {
                progress.accept(finished / (double) resamples);
            }
            return draw;
        }).toArray(Draw[]::new);

        List<double[]> constants = new ArrayList<>();
        List<double[]> losses = new ArrayList<>();
        int failed = 0;
        int unconverged = 0;
        for (Draw draw : draws) {
            if (draw == null) {
                failed++;
                continue;
            }
            if (!draw.converged()) {
                unconverged++;
            }
            constants.add(draw.constants());
            losses.add(draw.heldOutLoss());
        }
        if (failed > resamples / 2) {
            throw new ArithmeticException("the bootstrap could not fit " + failed + " of " + resamples + " resamples");
        }
        return new Samples(resamples, failed, unconverged, names, constants.toArray(double[][]::new),
                losses.toArray(double[][]::new));
    }
}

package org.scalingexplorer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scalingexplorer.engine.curves.LearningCurve;
import org.scalingexplorer.engine.curves.LearningRateSchedule;
import org.scalingexplorer.engine.curves.ScheduleCurve;
import org.scalingexplorer.engine.curves.ScheduleLaw;
import org.scalingexplorer.engine.curves.ScheduleLawFit;
import org.scalingexplorer.engine.curves.ScheduleLawFitter;
import picocli.CommandLine.Option;

/**
 * The {@code --predict} options of {@code curves}: fit the schedule law of Tissue et al. 2024 on
 * one or a few runs and predict the final loss of every other run of their size, each under its own
 * schedule (the declared shape at its own length and peak), and of three schedules at one length.
 */
final class CurvesPrediction {

    /** The schedule law walks every step: 10 million take about a tenth of a second. */
    static final long MAX_STEPS = 10_000_000L;
    static final int MAX_FIT_RUNS = 10;
    static final double MAX_PEAK_LR = 10;

    @Option(names = "--predict", description = "fit the schedule law on --fit-runs and predict the other runs of their size")
    boolean predict;

    @Option(names = "--fit-runs", split = ",", paramLabel = "RUN", description = "runs to fit the law on (1 to "
            + MAX_FIT_RUNS + ", names as the file's run columns give them)")
    List<String> fitRuns;

    @Option(names = "--schedule", paramLabel = "SHAPE",
            description = "the learning-rate schedule of the runs: cosine, constant, wsd or logged (the file's lr column)")
    String schedule;

    @Option(names = "--warmup-steps", defaultValue = "0", paramLabel = "W",
            description = "linear warmup steps, 0 to " + MAX_STEPS + " (default: ${DEFAULT-VALUE})")
    long warmupSteps;

    @Option(names = "--final-lr-fraction", defaultValue = "0.1", paramLabel = "F",
            description = "where cosine and wsd end, as a fraction of the peak, 0 to 1 (default: ${DEFAULT-VALUE})")
    double finalFraction;

    @Option(names = "--decay-fraction", defaultValue = "0.2", paramLabel = "F",
            description = "the share of a wsd schedule spent decaying, above 0 up to 1 (default: ${DEFAULT-VALUE})")
    double decayFraction;

    @Option(names = "--peak-lr", paramLabel = "LR",
            description = "peak learning rate of every run, above 0 up to " + MAX_PEAK_LR
                    + " (default: each run's largest logged lr)")
    Double peakLr;

    @Option(names = "--decay-factor", defaultValue = "0.999", paramLabel = "LAMBDA",
            description = "lambda of the annealing momentum, 0 to below 1 (default: ${DEFAULT-VALUE}, Tissue et al.'s)")
    double decayFactor;

    @Option(names = "--target-steps", paramLabel = "S", description = "length at which to compare constant, cosine "
            + "and wsd, 1 to " + MAX_STEPS + " (default: the longest fit run)")
    Long targetSteps;

    void validate() {
        if (!predict) {
            if (fitRuns != null || schedule != null || targetSteps != null || peakLr != null) {
                throw new IllegalArgumentException("--fit-runs, --schedule, --peak-lr and --target-steps need --predict");
            }
            return;
        }
        if (fitRuns == null || fitRuns.isEmpty() || fitRuns.size() > MAX_FIT_RUNS) {
            throw new IllegalArgumentException("--predict needs --fit-runs with 1 to " + MAX_FIT_RUNS + " run names (the limit), got "
                    + (fitRuns == null ? 0 : fitRuns.size()));
        }
        if (schedule == null || !List.of("cosine", "constant", "wsd", "logged").contains(schedule.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("--predict needs --schedule cosine, constant, wsd or logged, got "
                    + (schedule == null ? "none" : "'" + schedule + "'"));
        }
        if (warmupSteps < 0 || warmupSteps > MAX_STEPS) {
            throw new IllegalArgumentException("--warmup-steps must be between 0 and " + MAX_STEPS + " (the limit), got " + warmupSteps);
        }
        if (!(finalFraction >= 0 && finalFraction <= 1)) {
            throw new IllegalArgumentException("--final-lr-fraction must be between 0 and 1, got " + finalFraction);
        }
        if (!(decayFraction > 0 && decayFraction <= 1)) {
            throw new IllegalArgumentException("--decay-fraction must be above 0 and at most 1, got " + decayFraction);
        }
        if (peakLr != null && !(peakLr > 0 && peakLr <= MAX_PEAK_LR)) {
            throw new IllegalArgumentException("--peak-lr must be above 0 and at most " + MAX_PEAK_LR + ", got " + peakLr);
        }
        if (!(decayFactor >= 0 && decayFactor < 1)) {
            throw new IllegalArgumentException("--decay-factor must be at least 0 and below 1, got " + decayFactor);
        }
        if (targetSteps != null && (targetSteps < 1 || targetSteps > MAX_STEPS || targetSteps <= warmupSteps)) {
            throw new IllegalArgumentException("--target-steps must be above the warmup (" + warmupSteps + ") and at most "
                    + MAX_STEPS + " (the limit), got " + targetSteps);
        }
    }

    Map<String, Object> run(List<LearningCurve> curves) {
        Map<String, LearningCurve> byName = new LinkedHashMap<>();
        curves.forEach(curve -> byName.put(curve.name(), curve));
        Set<LearningCurve> fitted = new LinkedHashSet<>();
        for (String name : fitRuns) {
            LearningCurve curve = byName.get(name.strip());
            if (curve == null) {
                throw new IllegalArgumentException("--fit-runs: no run '" + name + "' in the file (runs are named like '"
                        + curves.get(0).name() + "'; " + curves.size() + " runs)");
            }
            fitted.add(curve);
        }
        double params = fitted.iterator().next().params();
        for (LearningCurve curve : fitted) {
            if (Double.compare(curve.params(), params) != 0) {
                throw new IllegalArgumentException("--fit-runs must be runs of one size: '" + curve.name() + "' has params "
                        + curve.params() + ", '" + fitted.iterator().next().name() + "' has " + params);
            }
        }
        List<ScheduleCurve> fitOn = new ArrayList<>();
        for (LearningCurve curve : fitted) {
            fitOn.add(ScheduleCurve.of(curve, scheduleOf(curve)));
        }
        ScheduleLawFit fit = new ScheduleLawFitter(decayFactor).fit(fitOn);
        ScheduleLaw law = fit.law();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("schedule", schedule.strip().toLowerCase(Locale.ROOT));
        result.put("fit_runs", fitted.stream().map(LearningCurve::name).toList());
        result.put("L0", CurvesCommand.finite(law.l0()));
        result.put("A", CurvesCommand.finite(law.a()));
        result.put("alpha", CurvesCommand.finite(law.alpha()));
        result.put("C", CurvesCommand.finite(law.c()));
        result.put("decay_factor", law.decayFactor());
        result.put("fit_points", fit.points());
        result.put("fit_rmse", CurvesCommand.finite(fit.rmse()));

        List<Map<String, Object>> predictions = new ArrayList<>();
        double errorSum = 0;
        int observed = 0;
        double samePeakErrorSum = 0;
        int samePeakObserved = 0;
        double fittedPeak = peakOf(fitted.iterator().next());
        for (LearningCurve curve : curves) {
            if (fitted.contains(curve) || Double.compare(curve.params(), params) != 0) {
                continue;
            }
            LearningRateSchedule runSchedule = scheduleOf(curve);
            double predicted = law.finalLoss(runSchedule);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("run", curve.name());
            row.put("total_steps", runSchedule.totalSteps());
            row.put("peak_lr", runSchedule.peak());
            row.put("predicted_final_loss", CurvesCommand.finite(predicted));
            if (curve.finished() || !curve.scheduleKnown()) {
                double actual = curve.loss(curve.last());
                row.put("observed_final_loss", actual);
                row.put("error", CurvesCommand.finite(predicted - actual));
                errorSum += Math.abs(predicted - actual);
                observed++;
                if (runSchedule.peak() == fittedPeak) {
                    samePeakErrorSum += Math.abs(predicted - actual);
                    samePeakObserved++;
                }
            } else {
                row.put("observed_final_loss", null);
                row.put("error", null);
            }
            predictions.add(row);
        }
        result.put("predictions", predictions);
        result.put("mean_abs_error", observed == 0 ? null : CurvesCommand.finite(errorSum / observed));
        // The law is fitted at one peak learning rate; runs at another peak test more than the schedule.
        result.put("mean_abs_error_same_peak_lr", samePeakObserved == 0 ? null
                : CurvesCommand.finite(samePeakErrorSum / samePeakObserved));

        LearningCurve longest = fitted.stream().max(java.util.Comparator.comparingLong(c -> totalOf(c))).orElseThrow();
        long target = targetSteps != null ? targetSteps : totalOf(longest);
        double peak = peakOf(longest);
        Map<String, Object> shapes = new LinkedHashMap<>();
        shapes.put("target_steps", target);
        shapes.put("constant", CurvesCommand.finite(law.finalLoss(new LearningRateSchedule.Constant(peak, warmupSteps, target))));
        shapes.put("cosine", CurvesCommand.finite(law.finalLoss(
                new LearningRateSchedule.Cosine(peak, warmupSteps, target, finalFraction))));
        shapes.put("wsd", CurvesCommand.finite(law.finalLoss(
                new LearningRateSchedule.WarmupStableDecay(peak, warmupSteps, target, decayFraction, finalFraction))));
        result.put("final_loss_by_schedule", shapes);
        return result;
    }

    private LearningRateSchedule scheduleOf(LearningCurve curve) {
        String shape = schedule.strip().toLowerCase(Locale.ROOT);
        if (shape.equals("logged")) {
            double[] steps = curve.lrTraceSteps();
            if (steps.length == 0) {
                throw new IllegalArgumentException("--schedule logged needs the learning rate the run logged: run '"
                        + curve.name() + "' has none (map it with --column lr=NAME)");
            }
            return new LearningRateSchedule.Logged(steps, curve.lrTraceValues());
        }
        long total = totalOf(curve);
        double peak = peakOf(curve);
        if (warmupSteps >= total) {
            throw new IllegalArgumentException("--warmup-steps " + warmupSteps + " is not shorter than run '" + curve.name()
                    + "' (" + total + " steps)");
        }
        return switch (shape) {
            case "constant" -> new LearningRateSchedule.Constant(peak, warmupSteps, total);
            case "wsd" -> new LearningRateSchedule.WarmupStableDecay(peak, warmupSteps, total, decayFraction, finalFraction);
            default -> new LearningRateSchedule.Cosine(peak, warmupSteps, total, finalFraction);
        };
    }

    /** The run's scheduled length, else its last step; refused past {@link #MAX_STEPS}. */
    private static long totalOf(LearningCurve curve) {
        double total = curve.scheduleKnown() ? curve.totalSteps() : curve.step(curve.last());
        if (!(total >= 1)) {
            throw new IllegalArgumentException("run '" + curve.name() + "' has no steps (map --column step=NAME or total_steps=NAME)");
        }
        if (total > MAX_STEPS) {
            throw new IllegalArgumentException("run '" + curve.name() + "' is " + (long) total + " steps long, more than the "
                    + "schedule law walks (" + MAX_STEPS + ", the limit)");
        }
        return Math.round(total);
    }

    private double peakOf(LearningCurve curve) {
        if (peakLr != null) {
            return peakLr;
        }
        double peak = curve.peakLearningRate();
        if (!(peak > 0)) {
            throw new IllegalArgumentException("run '" + curve.name() + "' logs no learning rate: give --peak-lr or map "
                    + "--column lr=NAME");
        }
        return peak;
    }
}

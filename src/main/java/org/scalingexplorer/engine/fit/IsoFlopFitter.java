package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fitting.PolynomialCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Approach 2 of Hoffmann et al. 2022 (isoFLOP profiles): group the runs by budget, fit a parabola
 * of loss in log N to each group, take its vertex as that budget's N_opt (and D_opt = C / (6 N_opt)),
 * then fit power laws of N_opt and D_opt against C by log-log regression.
 *
 * <p>Groups come from the {@code group} column when every run has one. Otherwise runs are sorted
 * by FLOPs and a group collects every run within {@code flopsTolerance} (10% by default) of the
 * group's smallest budget: real isoFLOP sweeps repeat one budget to within rounding, and a
 * tolerance keyed to the group's first run keeps a chain of near neighbours from swallowing a
 * whole decade. A group's budget is the geometric mean of its runs' FLOPs.
 *
 * <p>Two choices for real sweeps ({@link #withInteriorMinimumRequired}, {@link #withPointsAroundMinimum}):
 * skip a budget whose lowest loss is at its smallest or largest model (it has no interior minimum,
 * so its vertex would be an extrapolation; Porian et al. 2024 drop such budgets too), and fit each
 * parabola to the K sizes nearest the lowest loss instead of all, since a wide sweep is not a parabola
 * in log N far from its minimum.
 */
public final class IsoFlopFitter {

    public static final double DEFAULT_FLOPS_TOLERANCE = 0.10;
    /** How the reason of a budget skipped for want of an interior minimum starts. */
    public static final String NO_INTERIOR_MINIMUM = "no interior minimum";
    private static final int MIN_RUNS_PER_PROFILE = 3;

    private final double flopsTolerance;
    private final boolean interiorMinimumRequired;
    private final int pointsAroundMinimum;

    public IsoFlopFitter() {
        this(DEFAULT_FLOPS_TOLERANCE);
    }

    public IsoFlopFitter(double flopsTolerance) {
        this(flopsTolerance, false, 0);
    }

    private IsoFlopFitter(double flopsTolerance, boolean interiorMinimumRequired, int pointsAroundMinimum) {
        if (!(flopsTolerance >= 0) || Double.isInfinite(flopsTolerance)) {
            throw new IllegalArgumentException("flops tolerance must be 0 or more, got " + flopsTolerance);
        }
        if (pointsAroundMinimum != 0 && pointsAroundMinimum < MIN_RUNS_PER_PROFILE) {
            throw new IllegalArgumentException("--parabola-points must be 0 (all) or at least " + MIN_RUNS_PER_PROFILE
                    + ", got " + pointsAroundMinimum);
        }
        this.flopsTolerance = flopsTolerance;
        this.interiorMinimumRequired = interiorMinimumRequired;
        this.pointsAroundMinimum = pointsAroundMinimum;
    }

    /** The same fitter, skipping budgets whose lowest loss is at their smallest or largest model. */
    public IsoFlopFitter withInteriorMinimumRequired() {
        return new IsoFlopFitter(flopsTolerance, true, pointsAroundMinimum);
    }

    /** The same fitter, each parabola through the {@code count} sizes nearest the lowest loss (0: all sizes). */
    public IsoFlopFitter withPointsAroundMinimum(int count) {
        return new IsoFlopFitter(flopsTolerance, interiorMinimumRequired, count);
    }

    public Approach2Fit fit(List<TrainingRun> runs) {
        if (runs.size() > Limits.FIT_RUNS) {
            throw new IllegalArgumentException("Approach 2 takes at most " + Limits.count(Limits.FIT_RUNS)
                    + " runs, got " + Limits.count(runs.size()) + "; fit a subset");
        }
        List<IsoFlopProfile> profiles = new ArrayList<>();
        List<Approach2Fit.SkippedGroup> skipped = new ArrayList<>();
        for (Map.Entry<String, List<TrainingRun>> group : groups(runs).entrySet()) {
            profile(group.getKey(), group.getValue(), profiles, skipped);
        }
        if (profiles.size() < 2) {
            throw new IllegalArgumentException("Approach 2 needs at least 2 budgets with a U-shaped isoFLOP profile "
                    + "(3 or more model sizes each), found " + profiles.size() + " among " + (profiles.size() + skipped.size())
                    + " budget groups");
        }
        profiles.sort(Comparator.comparingDouble(IsoFlopProfile::flops));
        double[] flops = profiles.stream().mapToDouble(IsoFlopProfile::flops).toArray();
        double[] params = profiles.stream().mapToDouble(IsoFlopProfile::optimalParams).toArray();
        double[] tokens = profiles.stream().mapToDouble(IsoFlopProfile::optimalTokens).toArray();
        return new Approach2Fit(runs.size(), profiles, skipped, PowerLaw.fitLogLog(flops, params),
                PowerLaw.fitLogLog(flops, tokens));
    }

    /** Budget groups in order of first appearance (group column) or of FLOPs (clustering). */
    public Map<String, List<TrainingRun>> groups(List<TrainingRun> runs) {
        Map<String, List<TrainingRun>> groups = new LinkedHashMap<>();
        if (!runs.isEmpty() && runs.stream().allMatch(TrainingRun::hasGroup)) {
            for (TrainingRun run : runs) {
                groups.computeIfAbsent(run.group(), key -> new ArrayList<>()).add(run);
            }
            return groups;
        }
        List<TrainingRun> byFlops = new ArrayList<>(runs);
        byFlops.sort(Comparator.comparingDouble(TrainingRun::flops));
        List<TrainingRun> current = null;
        double groupStartFlops = 0;
        for (TrainingRun run : byFlops) {
            if (current == null || run.flops() > groupStartFlops * (1 + flopsTolerance)) {
                current = new ArrayList<>();
                groupStartFlops = run.flops();
                groups.put(String.format("%.3g FLOPs", run.flops()), current);
            }
            current.add(run);
        }
        return groups;
    }

    private void profile(String label, List<TrainingRun> all, List<IsoFlopProfile> profiles,
                         List<Approach2Fit.SkippedGroup> skipped) {
        List<TrainingRun> group = all;
        long allSizes = all.stream().mapToDouble(TrainingRun::params).distinct().count();
        if ((interiorMinimumRequired || pointsAroundMinimum > 0) && allSizes >= MIN_RUNS_PER_PROFILE) {
            TrainingRun lowest = all.stream().min(Comparator.comparingDouble(TrainingRun::loss)).orElseThrow();
            double smallest = all.stream().mapToDouble(TrainingRun::params).min().orElseThrow();
            double largest = all.stream().mapToDouble(TrainingRun::params).max().orElseThrow();
            if (interiorMinimumRequired && (lowest.params() == smallest || lowest.params() == largest)) {
                double flops = Math.exp(all.stream().mapToDouble(run -> Math.log(run.flops())).average().orElseThrow());
                skipped.add(new Approach2Fit.SkippedGroup(label, flops, all.size(), String.format(java.util.Locale.ROOT,
                        "%s: the lowest loss is at the %s model (N %.4g)", NO_INTERIOR_MINIMUM,
                        lowest.params() == smallest ? "smallest" : "largest", lowest.params())));
                return;
            }
            if (pointsAroundMinimum > 0 && all.size() > pointsAroundMinimum) {
                double centre = Math.log(lowest.params());
                group = all.stream()
                        .sorted(Comparator.comparingDouble(run -> Math.abs(Math.log(run.params()) - centre)))
                        .limit(pointsAroundMinimum).toList();
            }
        }
        double logFlopsSum = 0;
        double minLogParams = Double.POSITIVE_INFINITY;
        double maxLogParams = Double.NEGATIVE_INFINITY;
        for (TrainingRun run : all) {
            logFlopsSum += Math.log(run.flops());
            double logParams = Math.log(run.params());
            minLogParams = Math.min(minLogParams, logParams);
            maxLogParams = Math.max(maxLogParams, logParams);
        }
        double logParamsSum = 0;
        for (TrainingRun run : group) {
            logParamsSum += Math.log(run.params());
        }
        double flops = Math.exp(logFlopsSum / all.size());
        long distinctSizes = group.stream().mapToDouble(TrainingRun::params).distinct().count();
        if (distinctSizes < MIN_RUNS_PER_PROFILE) {
            skipped.add(new Approach2Fit.SkippedGroup(label, flops, group.size(),
                    "needs at least 3 model sizes for a parabola, has " + distinctSizes));
            return;
        }
        // Centring log N keeps the normal equations well conditioned.
        double centre = logParamsSum / group.size();
        WeightedObservedPoints points = new WeightedObservedPoints();
        for (TrainingRun run : group) {
            points.add(Math.log(run.params()) - centre, run.loss());
        }
        double[] c = PolynomialCurveFitter.create(2).fit(points.toList());
        if (!(c[2] > 0)) {
            skipped.add(new Approach2Fit.SkippedGroup(label, flops, group.size(),
                    "loss against log N is not U-shaped (curvature " + c[2] + ")"));
            return;
        }
        double vertex = -c[1] / (2 * c[2]);
        double logParamsAtVertex = centre + vertex;
        double optimalParams = Math.exp(logParamsAtVertex);
        double optimalTokens = flops / (ComputeBudget.FLOPS_PER_PARAM_TOKEN * optimalParams);
        double minimumLoss = c[0] + c[1] * vertex + c[2] * vertex * vertex;
        boolean inside = logParamsAtVertex >= minLogParams && logParamsAtVertex <= maxLogParams;
        profiles.add(new IsoFlopProfile(label, flops, group.size(), centre, c[0], c[1], c[2], optimalParams,
                optimalTokens, minimumLoss, inside));
    }
}

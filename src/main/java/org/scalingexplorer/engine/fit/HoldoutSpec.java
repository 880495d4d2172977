package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Which runs to hold out: those whose {@code axis} value is above {@code cutoff}, or, for
 * {@link HoldoutAxis#GROUP}, those of group {@code group}. A fit with a hold-out uses only the other runs.
 */
public record HoldoutSpec(HoldoutAxis axis, double cutoff, String group) {

    public HoldoutSpec {
        if (axis == null) {
            throw new IllegalArgumentException("the hold-out needs an axis");
        }
        if (axis == HoldoutAxis.GROUP) {
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException("--holdout-by group needs --holdout-group G");
            }
        } else if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("--holdout-above must be a positive number of " + axis.id() + ", got "
                    + cutoff);
        }
    }

    public static HoldoutSpec above(HoldoutAxis axis, double cutoff) {
        return new HoldoutSpec(axis, cutoff, "");
    }

    public static HoldoutSpec group(String group) {
        return new HoldoutSpec(HoldoutAxis.GROUP, Double.NaN, group);
    }

    /** The training runs and the held-out runs, each in file order. */
    public record Split(List<TrainingRun> train, List<TrainingRun> heldOut) {
        public Split {
            train = List.copyOf(train);
            heldOut = List.copyOf(heldOut);
        }
    }

    public boolean holdsOut(TrainingRun run) {
        return axis == HoldoutAxis.GROUP ? run.group().equals(group) : axis.of(run) > cutoff;
    }

    /** Splits {@code runs}; refuses a split that leaves nothing to hold out or nothing to fit, saying why. */
    public Split split(List<TrainingRun> runs) {
        List<TrainingRun> train = new ArrayList<>();
        List<TrainingRun> heldOut = new ArrayList<>();
        for (TrainingRun run : runs) {
            (holdsOut(run) ? heldOut : train).add(run);
        }
        if (heldOut.isEmpty()) {
            if (axis == HoldoutAxis.GROUP) {
                throw new IllegalArgumentException("--holdout-group: no run is in group '" + group + "' (groups: "
                        + String.join(", ", runs.stream().map(TrainingRun::group).distinct().limit(12).toList()) + ")");
            }
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--holdout-above: no run has more than %.4g %s to hold out (largest: %.4g)", cutoff, axis.id(),
                    runs.stream().mapToDouble(axis::of).max().orElse(0)));
        }
        if (train.isEmpty()) {
            throw new IllegalArgumentException(axis == HoldoutAxis.GROUP
                    ? "--holdout-group: every run is in group '" + group + "', none is left to fit"
                    : String.format(Locale.ROOT, "--holdout-above: no run has %.4g %s or fewer to fit on", cutoff,
                    axis.id()));
        }
        return new Split(train, heldOut);
    }

    /** The cut-off as reported: the number, or the group's name. */
    public Object reportedCutoff() {
        return axis == HoldoutAxis.GROUP ? group : cutoff;
    }
}

package org.scalingexplorer.ui.fit;

import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scalingexplorer.engine.fit.AsymmetricHuberLoss;
import org.scalingexplorer.engine.fit.Bootstrap;
import org.scalingexplorer.engine.fit.ChinchillaForm;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.fit.HoldoutAxis;
import org.scalingexplorer.engine.fit.HoldoutSpec;
import org.scalingexplorer.engine.fit.LawForm;
import org.scalingexplorer.engine.fit.PowerLawForm;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.ui.control.TypedNumber;

/**
 * The settings of the next fit: approach, objective, exclusions, bootstrap, target and hold-out. Typed
 * input is parsed here; a value no fit could use (from a field, a lesson or a session) is refused
 * and the setting keeps its value.
 */
public final class FitSettings {

    /** Chinchilla's own training budget (Hoffmann et al. 2022, Table 3), a natural first target. */
    public static final double DEFAULT_TARGET_FLOPS = 5.76e23;
    /** Resample counts offered; 1,000 by default, 4,000 as the replication used; 0 skips the bootstrap. */
    public static final List<Integer> RESAMPLE_CHOICES = List.of(0, 200, Bootstrap.DEFAULT_RESAMPLES, 4000);
    /** A first hold-out keeps the runs up to this quantile of compute and predicts the rest. */
    private static final double HOLDOUT_QUANTILE = 0.9;

    private final ObjectProperty<FitApproach> approach = new SimpleObjectProperty<>(this, "approach",
            FitApproach.APPROACH_3);
    private final ObjectProperty<FitVariable> powerLawVariable = new SimpleObjectProperty<>(this, "powerLawVariable",
            FitVariable.FLOPS);
    private final IntegerProperty excludeHighestLoss = new SimpleIntegerProperty(this, "excludeHighestLoss", 0);
    private final IntegerProperty resamples = new SimpleIntegerProperty(this, "resamples",
            Bootstrap.DEFAULT_RESAMPLES);
    private final DoubleProperty targetFlops = new SimpleDoubleProperty(this, "targetFlops", DEFAULT_TARGET_FLOPS);
    private final DoubleProperty holdoutFlops = new SimpleDoubleProperty(this, "holdoutFlops", 0);
    private final ObjectProperty<Approach3Objective.Kind> objectiveKind = new SimpleObjectProperty<>(this,
            "objectiveKind", Approach3Objective.Kind.LOG_HUBER);
    private final DoubleProperty envelopeLambda = new SimpleDoubleProperty(this, "envelopeLambda",
            AsymmetricHuberLoss.DEFAULT_LAMBDA);
    private final BooleanProperty compareObjectives = new SimpleBooleanProperty(this, "compareObjectives", false);
    private final StringProperty form = new SimpleStringProperty(this, "form", ChinchillaForm.ID);
    private final BooleanProperty compareForms = new SimpleBooleanProperty(this, "compareForms", false);
    private final ObjectProperty<HoldoutAxis> holdoutAxis = new SimpleObjectProperty<>(this, "holdoutAxis",
            HoldoutAxis.FLOPS);
    private final StringProperty holdoutGroup = new SimpleStringProperty(this, "holdoutGroup", "");
    private double lastHoldoutFlops;

    FitSettings() {
        // A setting may come from a lesson as a bare number: refuse what no fit could use.
        envelopeLambda.addListener((obs, old, now) -> {
            if (!(now.doubleValue() >= 1) || Double.isInfinite(now.doubleValue())) {
                envelopeLambda.set(old.doubleValue());
            }
        });
        targetFlops.addListener((obs, old, now) -> {
            if (!(now.doubleValue() > 0) || Double.isInfinite(now.doubleValue())) {
                targetFlops.set(old.doubleValue());
            }
        });
        // The power law is both an approach and a form: choosing it either way chooses it both ways.
        form.addListener((obs, old, now) -> {
            if (now == null || !LawForm.IDS.contains(now)) {
                form.set(old);
            } else if (now.equals(PowerLawForm.ID)) {
                approach.set(FitApproach.POWER_LAW);
            } else if (approach.get() == FitApproach.POWER_LAW) {
                approach.set(FitApproach.APPROACH_3);
            }
        });
        approach.addListener((obs, old, now) -> {
            if (now == FitApproach.POWER_LAW) {
                form.set(PowerLawForm.ID);
            } else if (PowerLawForm.ID.equals(form.get())) {
                form.set(ChinchillaForm.ID);
            }
        });
        holdoutAxis.addListener((obs, old, now) -> {
            if (now == null) {
                holdoutAxis.set(old);
            }
        });
        holdoutFlops.addListener((obs, old, now) -> {
            if (!(now.doubleValue() >= 0) || Double.isInfinite(now.doubleValue())) {
                holdoutFlops.set(old.doubleValue());
            } else if (now.doubleValue() > 0) {
                lastHoldoutFlops = now.doubleValue();
            }
        });
    }

    /** Every setting, for those who must know when any changes. */
    List<Observable> all() {
        return List.of(approach, powerLawVariable, excludeHighestLoss, resamples, targetFlops, holdoutFlops,
                objectiveKind, envelopeLambda, compareObjectives, form, compareForms, holdoutAxis, holdoutGroup);
    }

    /** The law form fitted: chinchilla, chinchilla-tied, kaplan, data-constrained or power (ids of {@link LawForm}). */
    public StringProperty formProperty() {
        return form;
    }

    /** Rank every form by cross-validation on the training runs and fit the best. */
    public BooleanProperty compareFormsProperty() {
        return compareForms;
    }

    /** What the hold-out holds out by: FLOPs, parameters or tokens above the cut-off, or one group. */
    public ObjectProperty<HoldoutAxis> holdoutAxisProperty() {
        return holdoutAxis;
    }

    /** The group held out when the hold-out is by group; empty: none. */
    public StringProperty holdoutGroupProperty() {
        return holdoutGroup;
    }

    /** The hold-out these settings ask for, or null. */
    public HoldoutSpec holdout() {
        return FitRequest.holdout(holdoutAxis.get(), holdoutFlops.get(), holdoutGroup.get());
    }

    public ObjectProperty<FitApproach> approachProperty() {
        return approach;
    }

    /** The variable a power law is fitted against. */
    public ObjectProperty<FitVariable> powerLawVariableProperty() {
        return powerLawVariable;
    }

    /** How many of the highest-loss runs to leave out of the fit; 5 for the sample, as the replication did. */
    public IntegerProperty excludeHighestLossProperty() {
        return excludeHighestLoss;
    }

    /** Bootstrap resamples; 0 skips the bootstrap. */
    public IntegerProperty resamplesProperty() {
        return resamples;
    }

    public DoubleProperty targetFlopsProperty() {
        return targetFlops;
    }

    /**
     * The hold-out's cut-off along its axis (FLOPs unless the axis says parameters or tokens): fit only
     * runs with at most this much and predict the rest; 0: fit every run.
     */
    public DoubleProperty holdoutFlopsProperty() {
        return holdoutFlops;
    }

    /** The objective Approach 3 minimises: log-Huber (the paper's) or the lower envelope. */
    public ObjectProperty<Approach3Objective.Kind> objectiveKindProperty() {
        return objectiveKind;
    }

    /** The lower-envelope objective's weight on runs below the curve; values below 1 are refused. */
    public DoubleProperty envelopeLambdaProperty() {
        return envelopeLambda;
    }

    /** Fit Approach 3 with both objectives on the same runs and show both laws and constant sets. */
    public BooleanProperty compareObjectivesProperty() {
        return compareObjectives;
    }

    public Approach3Objective objective() {
        return new Approach3Objective(objectiveKind.get(), envelopeLambda.get());
    }

    /** Parses a typed lambda; false (and nothing changed) unless it is a finite number of at least 1. */
    public boolean submitEnvelopeLambda(String text) {
        return submit(text, value -> value >= 1, envelopeLambda);
    }

    /** Parses a typed target budget; false (and nothing changed) unless it is a positive finite number. */
    public boolean submitTargetFlops(String text) {
        return submit(text, value -> value > 0, targetFlops);
    }

    /** Parses a typed hold-out cut-off; false (and nothing changed) unless it is a positive finite number. */
    public boolean submitHoldoutFlops(String text) {
        return submit(text, value -> value > 0, holdoutFlops);
    }

    private static boolean submit(String text, java.util.function.DoublePredicate allowed, DoubleProperty target) {
        var parsed = TypedNumber.parse(text).filter(allowed::test);
        parsed.ifPresent(target::set);
        return parsed.isPresent();
    }

    /**
     * Turns the hold-out on at the last cut-off used or, the first time, at the 90th percentile of
     * the runs' compute (so about the costliest tenth is predicted), or off.
     */
    public void setHoldout(boolean on, List<TrainingRun> runs) {
        if (!on) {
            holdoutFlops.set(0);
            holdoutGroup.set("");
        } else if (holdoutAxis.get() == HoldoutAxis.GROUP) {
            // The group of the costliest run: the one a researcher would want predicted.
            holdoutGroup.set(runs.stream().filter(TrainingRun::hasGroup)
                    .max(java.util.Comparator.comparingDouble(TrainingRun::flops)).map(TrainingRun::group).orElse(""));
        } else if (holdoutFlops.get() == 0) {
            HoldoutAxis axis = holdoutAxis.get();
            double[] flops = runs.stream().mapToDouble(axis::of).sorted().toArray();
            double tenthFromTop = flops.length == 0 ? 0 : flops[(int) Math.floor(HOLDOUT_QUANTILE * (flops.length - 1))];
            DoubleSupplier fallback = () -> tenthFromTop > 0 ? tenthFromTop : 1e21;
            holdoutFlops.set(lastHoldoutFlops > 0 && axis == HoldoutAxis.FLOPS ? lastHoldoutFlops
                    : fallback.getAsDouble());
        }
    }

    /** Whether a hold-out is set: a cut-off along a size axis, or a group. */
    public boolean holdsOut() {
        return holdout() != null;
    }

    /** Holds out along {@code axis} instead, keeping the hold-out on (at that axis's 90th percentile) if it was. */
    public void setHoldoutAxis(HoldoutAxis axis, List<TrainingRun> runs) {
        boolean on = holdsOut();
        if (axis == holdoutAxis.get()) {
            return;
        }
        setHoldout(false, runs);
        lastHoldoutFlops = 0;
        holdoutAxis.set(axis);
        if (on) {
            setHoldout(true, runs);
        }
    }

    /** New runs bring their own hold-out and exclusions: none, or the replication's 5 for the sample. */
    void resetForNewRuns(int excluded) {
        lastHoldoutFlops = 0;
        holdoutFlops.set(0);
        holdoutGroup.set("");
        excludeHighestLoss.set(excluded);
    }
}

package org.scalingexplorer.ui.curves;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.scalingexplorer.engine.curves.Approach1Fit;
import org.scalingexplorer.engine.curves.CheckpointFitComparison;
import org.scalingexplorer.engine.curves.ComputeEnvelope;
import org.scalingexplorer.engine.curves.CurveImport;
import org.scalingexplorer.engine.curves.FinalCheckpoints;
import org.scalingexplorer.engine.curves.LearningCurve;
import org.scalingexplorer.engine.curves.TruncatedCosineTrap;
import org.scalingexplorer.engine.fit.Interval;
import org.scalingexplorer.ui.chart.QuantityFormat;

/**
 * The Curves view's numbers in words, in the window's language: the side panels and the exported
 * figure say the same thing from the same results.
 */
final class CurvesText {

    private final ResourceBundle bundle;

    ResourceBundle bundle() {
        return bundle;
    }

    CurvesText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String text(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return MessageFormat.format(bundle.getString(key), args);
    }

    static String exponent(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "–";
    }

    static String interval(Interval interval) {
        return interval == null ? "" : "[" + exponent(interval.low()) + ", " + exponent(interval.high()) + "]";
    }

    static String loss(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "–";
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Where the curves came from and what the reader made of the file. */
    List<String> summary(LoadedCurves loaded) {
        List<String> lines = new ArrayList<>();
        if (loaded == null) {
            lines.add(text("curves.source.none"));
            return lines;
        }
        CurveImport imported = loaded.imported();
        lines.add(loaded.source().demo() ? text("curves.source.demo") : format("curves.source.file", loaded.label()));
        lines.add(format("curves.summary.runs", count(imported.curves().size()), count(imported.checkpoints()),
                count(imported.midScheduleCheckpoints()),
                count(imported.curves().stream().filter(LearningCurve::finished).count())));
        lines.add(format("curves.summary.rows", count(imported.problemCount()), count(imported.duplicateCount()),
                count(imported.rowsWithoutLoss())));
        ComputeEnvelope envelope = loaded.envelope();
        if (!envelope.isEmpty()) {
            lines.add(format("curves.summary.envelope", count(envelope.holders().stream()
                    .map(ComputeEnvelope.Holder::run).distinct().count()), count(envelope.points().size()),
                    count(envelope.midSchedulePoints())));
        }
        return lines;
    }

    /** Approach 1 with each count of N, the shift between them, and the D exponent. */
    List<String> approach1(Approach1Result result, ParamCount shown) {
        List<String> lines = new ArrayList<>();
        if (result == null) {
            lines.add(text("curves.a1.none"));
            return lines;
        }
        for (ParamCount count : ParamCount.values()) {
            Approach1Fit fit = result.fit(count);
            String name = text("curves.count." + count.name().toLowerCase(Locale.ROOT));
            String marker = count == shown ? " ◀" : "";
            if (fit != null) {
                lines.add(format("curves.a1.line", name, exponent(fit.aExponent()),
                        interval(fit.ci95().get(Approach1Fit.A_EXPONENT)), exponent(fit.bExponent()),
                        interval(fit.ci95().get(Approach1Fit.B_EXPONENT))) + marker);
            } else if (count == ParamCount.NON_EMBEDDING && !result.secondCount()) {
                lines.add(format("curves.a1.noSecondCount", name));
            } else {
                lines.add(format("curves.a1.failed", name, result.problem(count)));
            }
        }
        Approach1Fit total = result.fit(ParamCount.TOTAL);
        Approach1Fit other = result.fit(ParamCount.NON_EMBEDDING);
        if (total != null && other != null) {
            lines.add(format("curves.a1.shift", String.format(Locale.ROOT, "%+.3f", other.aExponent() - total.aExponent())));
        }
        lines.add(format("curves.a1.resamples", result.resamples()));
        lines.add(text("curves.a1.paper"));
        return lines;
    }

    /** The runs a click sends, and Approach 2 on mid-schedule against finished checkpoints. */
    List<String> checkpoints(FinalCheckpoints.Selection selection, boolean finishedOnly,
                             FinalCheckpointsModel.Comparison comparison) {
        List<String> lines = new ArrayList<>();
        lines.add(format(finishedOnly ? "curves.final.selectionFinished" : "curves.final.selection",
                count(selection.runs().size()), count(selection.skipped().size())));
        if (comparison == null) {
            lines.add(text("curves.final.comparing"));
        } else if (comparison.fits() == null) {
            lines.add(format("curves.final.noComparison", comparison.problem()));
        } else {
            lines.add(side("curves.final.mid", comparison.fits().midSchedule()));
            lines.add(side("curves.final.finished", comparison.fits().finished()));
        }
        lines.add(text("curves.final.why2"));
        return lines;
    }

    private String side(String key, CheckpointFitComparison.Side side) {
        return format(key, count(side.runs()), exponent(side.aExponent().orElse(Double.NaN)),
                exponent(side.bExponent().orElse(Double.NaN)));
    }

    /** The fitted law, the prediction against what was observed, and the trap's two exponents. */
    List<String> schedule(ScheduleLawResult result) {
        List<String> lines = new ArrayList<>();
        if (result == null) {
            lines.add(text("curves.schedule.pending"));
            return lines;
        }
        if (!result.hasFit()) {
            lines.add(format("curves.schedule.failed", result.problem()));
            return lines;
        }
        var law = result.fit().law();
        lines.add(format("curves.schedule.law", loss(law.l0()), QuantityFormat.constant(law.a()), exponent(law.alpha()),
                QuantityFormat.constant(law.c()), law.decayFactor(), result.fit().points(),
                String.format(Locale.ROOT, "%.4f", result.fit().rmse())));
        double predictedFinal = result.predicted().losses()[result.predicted().losses().length - 1];
        String shape = text("curves.shape." + result.target().id());
        if (result.observed() != null) {
            double[] observed = result.observed().losses();
            lines.add(format("curves.schedule.predictedObserved", shape, count(result.target().totalSteps()),
                    loss(predictedFinal), loss(observed[observed.length - 1]), result.observed().name()));
        } else {
            lines.add(format("curves.schedule.predicted", shape, count(result.target().totalSteps()), loss(predictedFinal)));
        }
        if (!result.predictions().isEmpty()) {
            lines.add(format("curves.schedule.others", count(result.predictions().size()),
                    loss(result.meanAbsoluteError()), loss(result.meanAbsoluteErrorAtPeak())));
        }
        TruncatedCosineTrap trap = result.trap();
        if (trap != null) {
            lines.add(format("curves.trap.line", result.trapLongRun(), count(trap.steps().length - 1),
                    exponent(trap.earlyReadExponent()), exponent(trap.endedExponent()),
                    text(trap.exponentGap() > 0 ? "curves.trap.steeper" : "curves.trap.flatter")));
        } else {
            lines.add(format("curves.trap.none", result.trapProblem()));
        }
        return lines;
    }
}

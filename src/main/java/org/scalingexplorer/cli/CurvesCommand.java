package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.curves.Approach1Fit;
import org.scalingexplorer.engine.curves.Approach1Fitter;
import org.scalingexplorer.engine.curves.CurveAxis;
import org.scalingexplorer.engine.curves.CurveImport;
import org.scalingexplorer.engine.curves.CurveReader;
import org.scalingexplorer.engine.curves.CurveRoles;
import org.scalingexplorer.engine.curves.LearningCurve;
import org.scalingexplorer.engine.fit.Interval;
import org.scalingexplorer.engine.io.ColumnMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "curves", mixinStandardHelpOptions = true,
        description = {"Read learning curves (CSV, TSV or JSON Lines, one row per checkpoint) and count runs, "
                + "checkpoints and checkpoints read before their schedule ended.",
                "--approach 1: Hoffmann et al. 2022's Approach 1, N_opt and D_opt against compute from the envelope "
                        + "of the curves, with bootstrap intervals.",
                "--predict: fit the schedule law of Tissue et al. 2024 (L = L0 + A S1^-alpha - C S2) on --fit-runs "
                        + "and predict the final loss of every other run of their size."})
final class CurvesCommand implements Callable<Integer> {

    static final int MAX_GRID = 100_000;
    static final int DEFAULT_RESAMPLES = 200;
    private static final int MAX_PROBLEM_LINES = 10;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "curves as CSV, TSV or JSON Lines")
    Path file;

    @Option(names = "--column", paramLabel = "ROLE=NAME[,NAME]",
            description = "which column plays a role: run (several columns may be joined), step, tokens, flops, loss, "
                    + "lr, total_steps, params; by default each role's own name (step also _step, run also name)")
    List<String> columns = new ArrayList<>();

    @Option(names = "--x", paramLabel = "AXIS",
            description = "step, tokens or flops: the axis checkpoints are ordered and merged on (default: step if "
                    + "the file has it, else tokens, else flops)")
    String axis;

    @Option(names = "--approach", paramLabel = "1", description = "1: Approach 1 from the envelope of the curves")
    String approach;

    @Option(names = "--finished-only", description = "only curves that reached their scheduled total steps")
    boolean finishedOnly;

    @Option(names = "--bootstrap", defaultValue = "" + DEFAULT_RESAMPLES, paramLabel = "N",
            description = "bootstrap resamples of the runs for --approach 1 intervals, 0 or 2 to "
                    + Limits.BOOTSTRAP_RESAMPLES + " (default: ${DEFAULT-VALUE})")
    int bootstrap;

    @Mixin
    SeedOption seed;

    @Option(names = "--grid", defaultValue = "1500", paramLabel = "G",
            description = "log-spaced compute values of the envelope, 2 to " + MAX_GRID
                    + " (default: ${DEFAULT-VALUE}, Hoffmann's)")
    int grid;

    @Mixin
    JsonOption json;

    @picocli.CommandLine.Mixin
    CurvesPrediction prediction = new CurvesPrediction();

    @Override
    public Integer call() {
        ColumnMapping mapping = ColumnMapping.parse(columns, CurveRoles.ALL);
        CurveAxis curveAxis = axis == null ? null : CurveAxis.fromId(axis);
        if (approach != null && !approach.strip().equals("1")) {
            throw new IllegalArgumentException("--approach must be 1 (Approach 2 and 3 take final losses: see the fit "
                    + "command), got '" + approach + "'");
        }
        OptionBounds.BOOTSTRAP.check(bootstrap);
        if (grid < 2 || grid > MAX_GRID) {
            throw new IllegalArgumentException("--grid must be between 2 and " + Limits.count(MAX_GRID)
                    + " (the limit), got " + grid);
        }
        prediction.validate();
        PrintWriter err = spec.commandLine().getErr();
        CurveImport imported = CurveReader.read(file, mapping, curveAxis);
        warn(err, imported);
        List<LearningCurve> curves = imported.curves();
        if (finishedOnly) {
            if (curves.stream().noneMatch(LearningCurve::scheduleKnown)) {
                throw new IllegalArgumentException("--finished-only needs each run's scheduled length: map it with "
                        + "--column total_steps=NAME (" + file + " has no total_steps column)");
            }
            curves = curves.stream().filter(LearningCurve::finished).toList();
        }
        if (curves.isEmpty()) {
            throw new IllegalArgumentException(file + ": no usable curves" + (finishedOnly ? " that finished their schedule" : "")
                    + (imported.problemCount() > 0 ? " (" + imported.problemCount() + " rows skipped, first: "
                    + imported.problems().get(0) + ")" : ""));
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", file.toString());
        report.put("x", imported.axis().role());
        report.put("runs", curves.size());
        report.put("checkpoints", curves.stream().mapToInt(LearningCurve::size).sum());
        report.put("mid_schedule_checkpoints", curves.stream().mapToInt(LearningCurve::midScheduleCount).sum());
        report.put("finished_runs", curves.stream().filter(LearningCurve::finished).count());
        report.put("rows_skipped", imported.problemCount());
        report.put("duplicates_merged", imported.duplicateCount());
        report.put("rows_without_loss", imported.rowsWithoutLoss());
        if (approach != null) {
            approach1(curves, report);
        }
        if (prediction.predict) {
            report.put("prediction", prediction.run(curves));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.json) {
            out.println(Json.write(report));
        } else {
            printText(out, report, "");
        }
        out.flush();
        return 0;
    }

    private void approach1(List<LearningCurve> curves, Map<String, Object> report) {
        Approach1Fit fit = new Approach1Fitter(grid).fit(curves, bootstrap, seed.seed, fraction -> { }, () -> false);
        report.put("approach", "1");
        report.put("envelope_points", fit.envelope().points().size());
        report.put("envelope_holders", fit.envelope().holders().stream().map(h -> h.run()).distinct().count());
        report.put("envelope_mid_schedule_points", fit.envelope().midSchedulePoints());
        report.put("envelope_mean_schedule_fraction", finite(fit.envelope().meanScheduleFraction()));
        report.put("a_exponent", finite(fit.aExponent()));
        report.put("b_exponent", finite(fit.bExponent()));
        report.put("params_coefficient", finite(fit.paramsLaw().coefficient()));
        report.put("tokens_coefficient", finite(fit.tokensLaw().coefficient()));
        if (bootstrap > 0) {
            Map<String, double[]> intervals = new LinkedHashMap<>();
            fit.ci95().forEach((name, interval) -> intervals.put(name, pair(interval)));
            report.put("bootstrap_resamples", bootstrap);
            report.put("bootstrap_failed", fit.failedResamples());
            report.put("ci95", intervals);
        }
    }

    private static double[] pair(Interval interval) {
        return new double[] {interval.low(), interval.high()};
    }

    /** JSON has no NaN or infinity: a value that is not finite is written as null. */
    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private void warn(PrintWriter err, CurveImport imported) {
        for (int i = 0; i < Math.min(imported.problems().size(), MAX_PROBLEM_LINES); i++) {
            err.println("warning: " + file + " " + imported.problems().get(i) + " (row skipped)");
        }
        if (imported.problemCount() > MAX_PROBLEM_LINES) {
            err.println("warning: " + file + ": " + Limits.count(imported.problemCount() - MAX_PROBLEM_LINES)
                    + " more rows skipped");
        }
        for (int i = 0; i < Math.min(imported.duplicates().size(), MAX_PROBLEM_LINES); i++) {
            err.println("warning: " + file + " " + imported.duplicates().get(i));
        }
        if (imported.duplicateCount() > MAX_PROBLEM_LINES) {
            err.println("warning: " + file + ": " + Limits.count(imported.duplicateCount() - MAX_PROBLEM_LINES)
                    + " more duplicated checkpoints merged");
        }
        err.flush();
    }

    static void printText(PrintWriter out, Map<String, Object> report, String indent) {
        report.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                out.printf("%s%s%n", indent, key);
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                printText(out, inner, indent + "  ");
            } else if (value instanceof List<?> rows) {
                out.printf("%s%s%n", indent, key);
                for (Object row : rows) {
                    out.printf("%s  %s%n", indent, format(row));
                }
            } else {
                out.printf("%s%-26s %s%n", indent, key, format(value));
            }
        });
    }

    private static String format(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d);
        }
        if (value instanceof double[] pair) {
            return String.format(Locale.ROOT, "[%.6g, %.6g]", pair[0], pair[1]);
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(k + "=" + format(v)));
            return String.join("  ", parts);
        }
        return value.toString();
    }
}

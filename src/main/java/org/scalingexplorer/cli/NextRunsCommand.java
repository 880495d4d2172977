package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.RunSelection;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.plan.NextRunAdvisor;
import org.scalingexplorer.engine.plan.NextRunAdvisor.Advice;
import org.scalingexplorer.engine.plan.NextRunAdvisor.Suggestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Which run to train next so the extrapolated loss at a target budget is pinned down best. */
@Command(name = "next-runs", mixinStandardHelpOptions = true,
        description = {"Fit the runs of FILE (Approach 3), then rank candidate next runs by how much each would "
                + "shrink the 95% bootstrap interval of the loss extrapolated to --target, estimated by refitting "
                + "with simulated runs drawn from the current fit."})
final class NextRunsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "runs as CSV or TSV")
    Path file;

    @Option(names = "--target", required = true, paramLabel = "FLOPS", description = "the budget you plan to spend")
    double targetFlops;

    @Option(names = "--exclude-highest-loss", defaultValue = "0", paramLabel = "K",
            description = "drop the K runs with the highest loss first")
    int excludeHighestLoss;

    @Option(names = "--resamples", defaultValue = "100", description = "bootstrap resamples (default: ${DEFAULT-VALUE})")
    int resamples;

    @Option(names = "--count", defaultValue = "5", description = "suggestions to print (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        try {
            ComputeBudget.ofFlops(targetFlops);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--target: " + e.getMessage());
        }
        if (count < 1) {
            throw new IllegalArgumentException("--count must be at least 1, got " + count);
        }
        if (excludeHighestLoss < 0) {
            throw new IllegalArgumentException("--exclude-highest-loss must be 0 or more, got " + excludeHighestLoss);
        }
        List<TrainingRun> runs = RunFiles.read(file, spec.commandLine().getErr());
        if (excludeHighestLoss >= runs.size()) {
            throw new IllegalArgumentException("--exclude-highest-loss " + excludeHighestLoss + " would drop all "
                    + runs.size() + " runs of " + file);
        }
        if (excludeHighestLoss > 0) {
            runs = RunSelection.withoutHighestLoss(runs, excludeHighestLoss);
        }
        Approach3Fitter fitter = new Approach3Fitter();
        Approach3Fit fit = fitter.fit(runs);
        ChinchillaLaw law = fit.law().orElseThrow(() -> new IllegalArgumentException(
                file + ": the fit has a non-positive exponent, so it extrapolates no compute-optimal loss"));
        Advice advice = NextRunAdvisor.advise(runs, fit, fitter, targetFlops,
                NextRunAdvisor.defaultCandidates(runs, law), resamples, seed, fraction -> { }, () -> false);
        List<Suggestion> shown = advice.suggestions().subList(0, Math.min(count, advice.suggestions().size()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("n_runs", runs.size());
            report.put("target_flops", targetFlops);
            report.put("resamples", advice.resamples());
            report.put("current_ci95", List.of(advice.currentInterval().low(), advice.currentInterval().high()));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Suggestion suggestion : shown) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("flops", suggestion.run().flops());
                row.put("params", suggestion.run().params());
                row.put("tokens", suggestion.run().tokens());
                row.put("ci95", List.of(suggestion.interval().low(), suggestion.interval().high()));
                row.put("shrinkage", suggestion.shrinkage());
                rows.add(row);
            }
            report.put("suggestions", rows);
            out.println(Json.write(report));
        } else {
            out.printf("%d runs, loss at %.3g FLOPs: 95%% interval [%.4f, %.4f] (%d resamples)%n", runs.size(),
                    targetFlops, advice.currentInterval().low(), advice.currentInterval().high(), advice.resamples());
            out.printf("%-12s %-12s %-12s %-22s %s%n", "flops", "params", "tokens", "95% interval with it", "shrinks it by");
            for (Suggestion suggestion : shown) {
                out.printf("%-12.3g %-12.3g %-12.3g [%.4f, %.4f]       %.1f%%%n", suggestion.run().flops(),
                        suggestion.run().params(), suggestion.run().tokens(), suggestion.interval().low(),
                        suggestion.interval().high(), 100 * suggestion.shrinkage());
            }
        }
        out.flush();
        return 0;
    }
}

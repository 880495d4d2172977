package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.RunSpread;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.plan.NextRunAdvisor;
import org.scalingexplorer.engine.plan.NextRunAdvisor.Advice;
import org.scalingexplorer.engine.plan.NextRunAdvisor.Suggestion;
import org.scalingexplorer.engine.plan.PlannedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Which run to train next so the extrapolated loss at a target budget is pinned down best. */
@Command(name = "next-runs", mixinStandardHelpOptions = true,
        description = {"Fit the runs of FILE (Approach 3), then rank candidate next runs by how much each would "
                + "shrink the 95%% bootstrap interval of the loss extrapolated to --target, estimated by refitting "
                + "with simulated runs drawn from the current fit."})
final class NextRunsCommand implements Callable<Integer> {

    /** Candidates the default search compares (budgets by sizes), for the work bound. */
    private static final int CANDIDATES = NextRunAdvisor.DEFAULT_BUDGET_STEPS * NextRunAdvisor.DEFAULT_SIZE_STEPS;

    @Spec
    CommandSpec spec;

    @Mixin
    RunFileOptions runFile;

    @Option(names = "--target", required = true, paramLabel = "FLOPS", description = "the budget you plan to spend")
    double targetFlops;

    @Option(names = "--resamples", defaultValue = "100",
            description = "bootstrap resamples, 10 to 10,000 (default: ${DEFAULT-VALUE})")
    int resamples;

    @Option(names = "--count", defaultValue = "5", description = "suggestions to print, 1 to 1,000 (default: ${DEFAULT-VALUE})")
    int count;

    @Mixin
    SeedOption seed;

    @Mixin
    TimeLimitOption timeLimit;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        OptionBounds.budget("--target", targetFlops);
        OptionBounds.COUNT.check(count);
        OptionBounds.RESAMPLES.check(resamples);
        runFile.check();
        timeLimit.check();
        RunFileOptions.Runs read = runFile.read(spec.commandLine().getErr());
        List<TrainingRun> runs = read.runs();
        OptionBounds.checkRunRefits(runs.size() + 1, (long) resamples * (CANDIDATES + 1), "--resamples " + resamples);
        RunSpread.requireForApproach3(runs, read.label());
        Approach3Fitter fitter = new Approach3Fitter();
        Approach3Fit fit = timeLimit.run("the Approach 3 fit of " + runs.size() + " runs",
                deadline -> fitter.fit(runs, fraction -> { }, deadline));
        ChinchillaLaw law = fit.law().orElseThrow(() -> new IllegalArgumentException(
                runFile.file + ": the fit has a non-positive exponent, so it extrapolates no compute-optimal loss"));
        List<PlannedRun> candidates = NextRunAdvisor.defaultCandidates(runs, law);
        Advice advice = timeLimit.run("the next-run search (" + resamples + " resamples of " + candidates.size()
                + " candidates)", deadline -> NextRunAdvisor.advise(runs, fit, fitter, targetFlops, candidates, resamples,
                seed.seed, fraction -> { }, deadline));
        List<Suggestion> shown = advice.suggestions().subList(0, Math.min(count, advice.suggestions().size()));
        PrintWriter out = spec.commandLine().getOut();
        if (json.json) {
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

package org.scalingexplorer.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.recipe.BatchSizeTradeoff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Critical batch size and the steps/tokens trade-off for a budget (Kaplan 2020 sec. 5; "
                + "McCandlish et al. 2018).",
                "B_crit = 2.1e8 / L^(1/0.21) tokens at the loss the law predicts for its compute-optimal run; "
                        + "E_min = the run's tokens, S_min = E_min / B_crit; at batch B, S = S_min (1 + B_crit/B) "
                        + "steps and E = E_min (1 + B/B_crit) tokens.",
                "Kaplan measured B_crit on WebText2 loss; another law's loss only approximates it."})
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LawOption law;

    @Mixin
    FlopsOption flops;

    @Option(names = "--batch", description = "batch size in tokens (default: B_crit)")
    Double batchTokens;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        LawPreset preset = law.preset();
        ComputeBudget budget = flops.budget();
        double flops = budget.flops();
        BatchSizeTradeoff tradeoff = BatchSizeTradeoff.forBudget(preset.law(), budget);
        double batch = batchTokens == null ? tradeoff.criticalBatchTokens()
                : Require.inRange("--batch", batchTokens, 1, 1e12);
        var out = spec.commandLine().getOut();
        if (json.json) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("law", preset.id());
            object.put("flops", flops);
            object.put("params", tradeoff.params());
            object.put("loss", tradeoff.loss());
            object.put("b_crit", tradeoff.criticalBatchTokens());
            object.put("s_min", tradeoff.minSteps());
            object.put("e_min", tradeoff.minTokens());
            object.put("batch", batch);
            object.put("steps", tradeoff.steps(batch));
            object.put("tokens", tradeoff.tokens(batch));
            object.put("flops_at_batch", tradeoff.flops(batch));
            object.put("kaplan_table6_batch", BatchSizeTradeoff.kaplanTableBatchTokens(budget));
            object.put("kaplan_table6_s_min", BatchSizeTradeoff.kaplanTableMinSteps(budget));
            out.println(Json.write(object));
        } else {
            out.printf("law                 %s (%s), compute-optimal run at %.4g FLOPs%n", preset.id(),
                    preset.citation().shortForm(), flops);
            out.printf("params, loss        %.4g, %.4f nats/token%n", tradeoff.params(), tradeoff.loss());
            out.printf("B_crit              %.4g tokens  (Kaplan 2020, measured on WebText2 loss)%n",
                    tradeoff.criticalBatchTokens());
            out.printf("S_min, E_min        %.4g steps, %.4g tokens%n", tradeoff.minSteps(), tradeoff.minTokens());
            out.printf("at batch %-10.4g %.4g steps (%.3g x S_min), %.4g tokens (%.3g x E_min), %.4g FLOPs%n",
                    batch, tradeoff.steps(batch), tradeoff.steps(batch) / tradeoff.minSteps(), tradeoff.tokens(batch),
                    tradeoff.tokens(batch) / tradeoff.minTokens(), tradeoff.flops(batch));
            out.printf("Kaplan Table 6      B = %.4g tokens, S_min = %.4g steps (along Kaplan's own allocation)%n",
                    BatchSizeTradeoff.kaplanTableBatchTokens(budget), BatchSizeTradeoff.kaplanTableMinSteps(budget));
        }
        out.flush();
        return 0;
    }
}

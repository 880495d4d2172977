package org.scalingexplorer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.IsoFlopProfile;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.KaplanLaw;
import org.scalingexplorer.engine.law.LawPreset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "isoflop", mixinStandardHelpOptions = true,
        description = "The bottom of each isoFLOP profile (loss against N at fixed compute, D = C/(6N)):"
                + " the model size, tokens and loss there.")
final class IsoFlopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LawOption law;

    @Option(names = "--flops", required = true, split = ",",
            description = "training budgets in FLOPs, comma-separated (1 to 100 of them), e.g. 1e20,1e21,1e22")
    List<Double> flops;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        LawPreset preset = law.preset();
        List<ComputeBudget> budgets = new ArrayList<>();
        for (double value : OptionBounds.budgets(OptionBounds.ISOFLOP_BUDGETS, flops)) {
            budgets.add(ComputeBudget.ofFlops(value));
        }
        var out = spec.commandLine().getOut();
        if (json.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ComputeBudget budget : budgets) {
                Allocation bottom = IsoFlopProfile.minimum(preset.law(), budget.flops());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("flops", bottom.flops());
                row.put("params", bottom.params());
                row.put("tokens", bottom.tokens());
                row.put("loss", bottom.loss());
                rows.add(row);
            }
            out.println(Json.write(rows));
        } else {
            out.printf("law %s (%s)%s%n", preset.id(), preset.citation().shortForm(),
                    preset.countsEmbeddings() ? "" : ", N without embeddings");
            out.printf("%-11s %-11s %-11s %-9s %-8s %s%n",
                    "flops", "params", "tokens", "tok/param", "loss", "rule params");
            for (ComputeBudget budget : budgets) {
                Allocation bottom = IsoFlopProfile.minimum(preset.law(), budget.flops());
                double ruleParams = OptimumRule.PUBLISHED_RULE.allocate(preset.law(), budget).params();
                out.printf("%-11.4g %-11.4g %-11.4g %-9.2f %-8.4f %.4g%n", bottom.flops(), bottom.params(),
                        bottom.tokens(), bottom.tokensPerParam(), bottom.loss(), ruleParams);
            }
            out.println("params, tokens, loss: the bottom of the isoFLOP banana under the law's own L(N, D);"
                    + " rule params: the paper's allocation rule"
                    + (preset.law() instanceof KaplanLaw
                            ? " (Kaplan Table 6, which is not the minimum of Kaplan's L(N, D))" : ""));
        }
        out.flush();
        return 0;
    }
}

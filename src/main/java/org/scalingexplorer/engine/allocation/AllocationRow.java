package org.scalingexplorer.engine.allocation;

import java.util.Arrays;
import java.util.List;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.compute.HardwarePlan;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * One row of the allocation table: a law's compute-optimal split of a budget and what training it
 * takes. The batch and steps use Kaplan's critical batch at the row's predicted loss
 * ({@link CriticalBatchLaw}), the hours and cost the hardware plan (science.md section 10).
 *
 * @param lawId               which law, e.g. "chinchilla"
 * @param rule                which compute-optimal split
 * @param flops               the budget C
 * @param params              N_opt
 * @param tokens              D_opt = C / (6 N_opt)
 * @param loss                L(N_opt, D_opt), nats per token
 * @param gpuHours            C / (peak * MFU * 3600)
 * @param costUsd             GPU-hours times the hourly price
 * @param criticalBatchTokens B_crit at the predicted loss, in tokens
 * @param steps               D_opt / B_crit
 */
public record AllocationRow(String lawId, OptimumRule rule, double flops, double params, double tokens, double loss,
                            double gpuHours, double costUsd, double criticalBatchTokens, double steps) {

    public static AllocationRow of(String lawId, ScalingLaw law, ComputeBudget budget, HardwarePlan plan,
                                   OptimumRule rule) {
        Allocation allocation = rule.allocate(law, budget);
        CriticalBatchLaw batch = CriticalBatchLaw.KAPLAN_2020;
        return new AllocationRow(lawId, rule, budget.flops(), allocation.params(), allocation.tokens(),
                allocation.loss(), plan.gpuHours(budget), plan.costUsd(budget),
                batch.criticalBatchTokens(allocation.loss()), batch.steps(allocation.tokens(), allocation.loss()));
    }

    /** One row per shipped law, in {@link LawPreset} order. */
    public static List<AllocationRow> forPresets(ComputeBudget budget, HardwarePlan plan, OptimumRule rule) {
        return Arrays.stream(LawPreset.values())
                .map(preset -> of(preset.id(), preset.law(), budget, plan, rule))
                .toList();
    }

    public double tokensPerParam() {
        return tokens / params;
    }
}

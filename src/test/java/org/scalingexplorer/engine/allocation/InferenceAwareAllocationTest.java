package org.scalingexplorer.engine.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;

class InferenceAwareAllocationTest {

    private static final ComputeBudget CHINCHILLA_BUDGET = ComputeBudget.ofFlops(5.76e23);

    @Test
    void servingManyTokensCallsForASmallerModelTrainedLongerAtTheSameLoss() {
        for (LawPreset preset : LawPreset.values()) {
            ScalingLaw law = preset.law();
            InferenceAwareAllocation plan = InferenceAwareAllocation.of(law, CHINCHILLA_BUDGET, 2e12);
            Allocation optimum = plan.computeOptimal();
            assertTrue(plan.params() < optimum.params(), preset.id());
            assertTrue(plan.trainingTokens() > optimum.tokens(), preset.id());
            assertEquals(optimum.loss(), plan.loss(), 1e-9, preset.id());
            assertTrue(plan.trainingFlops() > optimum.flops(), preset.id() + ": it trains for more than C");
            assertTrue(plan.totalFlops() < plan.computeOptimalTotalFlops(), preset.id() + ": and saves overall");
        }
    }

    @Test
    void withoutInferenceItIsTheComputeOptimalModel() {
        for (LawPreset preset : LawPreset.values()) {
            InferenceAwareAllocation plan = InferenceAwareAllocation.of(preset.law(), CHINCHILLA_BUDGET, 0);
            Allocation optimum = plan.computeOptimal();
            assertEquals(optimum.params(), plan.params(), optimum.params() * 1e-4, preset.id());
            assertEquals(optimum.tokens(), plan.trainingTokens(), optimum.tokens() * 1e-4, preset.id());
            assertEquals(optimum.flops(), plan.totalFlops(), optimum.flops() * 1e-6, preset.id());
            assertEquals(0, plan.inferenceFlops());
        }
    }

    @Test
    void moreInferenceShrinksTheModelFurther() {
        ScalingLaw law = LawPreset.EPOCH_2024.law();
        double previous = Double.POSITIVE_INFINITY;
        for (double inferenceTokens : new double[] {0, 1e11, 1e12, 1e13, 1e14}) {
            InferenceAwareAllocation plan = InferenceAwareAllocation.of(law, CHINCHILLA_BUDGET, inferenceTokens);
            assertTrue(plan.params() < previous, "at " + inferenceTokens);
            previous = plan.params();
        }
        assertThrows(IllegalArgumentException.class, () -> InferenceAwareAllocation.of(law, CHINCHILLA_BUDGET, -1));
    }

    @Test
    void lawInverseRoundTrips() {
        for (LawPreset preset : LawPreset.values()) {
            ScalingLaw law = preset.law();
            double loss = law.loss(7e9, 1.5e11);
            assertEquals(1.5e11, LawInverse.tokensFor(law, 7e9, loss), 1.5e11 * 1e-8, preset.id());
            double floor = LawInverse.paramsFloor(law, loss);
            assertTrue(floor < 7e9, preset.id());
            assertEquals(loss, law.lossOfParams(floor), 1e-9, preset.id());
            assertThrows(IllegalArgumentException.class, () -> LawInverse.tokensFor(law, floor * 0.9, loss));
        }
    }
}

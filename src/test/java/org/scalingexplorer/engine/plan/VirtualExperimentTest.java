package org.scalingexplorer.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.AsymmetricHuberLoss;
import org.scalingexplorer.engine.fit.HuberLoss;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;

class VirtualExperimentTest {

    private static final ChinchillaLaw CHINCHILLA = (ChinchillaLaw) LawPreset.CHINCHILLA_2022.law();
    private static final ChinchillaLaw EPOCH = (ChinchillaLaw) LawPreset.EPOCH_2024.law();
    private static final ExperimentDesign DESIGN = ExperimentDesign.isoFlop(List.of(1e18, 1e19, 1e20, 1e21), 7, 4);

    private static VirtualExperiment experiment(ChinchillaLaw truth, NoiseModel model, double noise) {
        return new VirtualExperiment(truth, DESIGN, model, noise, 1e24);
    }

    @Test
    void withoutNoiseTheFitRecoversTheTrueLaw() {
        for (ChinchillaLaw truth : List.of(CHINCHILLA, EPOCH)) {
            Recovery recovery = experiment(truth, NoiseModel.GAUSSIAN, 0).run(7, new Approach3Fitter());
            for (String name : Recovery.CONSTANTS) {
                assertEquals(0, recovery.relativeError(name), 1e-4, name + " of " + truth);
            }
            assertEquals(recovery.trueParamsExponent(), recovery.recoveredParamsExponent().getAsDouble(),
                    1e-4 * recovery.trueParamsExponent());
            assertEquals(0, recovery.extrapolationError().getAsDouble(), 1e-4);
            assertEquals(recovery.trueOptimalLoss(), recovery.trueLossAtFittedAllocation().getAsDouble(),
                    1e-4 * recovery.trueOptimalLoss());
        }
    }

    @Test
    void theSameSeedGivesTheSameStudyAndAnotherSeedAnother() {
        VirtualExperiment experiment = experiment(CHINCHILLA, NoiseModel.GAUSSIAN, 0.02);
        assertEquals(experiment.sampleRuns(3), experiment.sampleRuns(3));
        assertNotEquals(experiment.sampleRuns(3), experiment.sampleRuns(4));
        Approach3Fitter fitter = new Approach3Fitter();
        Recovery first = experiment.run(3, fitter);
        Recovery second = experiment.run(3, fitter);
        assertEquals(first.fit().optimum(), second.fit().optimum());
        assertEquals(first.extrapolationError(), second.extrapolationError());
    }

    @Test
    void oneSidedNoiseOnlyRaisesTheLossAndGaussianNoiseGoesBothWays() {
        List<TrainingRun> oneSided = experiment(CHINCHILLA, NoiseModel.ONE_SIDED, 0.02).sampleRuns(5);
        List<TrainingRun> gaussian = experiment(CHINCHILLA, NoiseModel.GAUSSIAN, 0.02).sampleRuns(5);
        int gaussianBelow = 0;
        for (int i = 0; i < DESIGN.size(); i++) {
            PlannedRun planned = DESIGN.runs().get(i);
            double trueLoss = CHINCHILLA.loss(planned.params(), planned.tokens());
            assertTrue(oneSided.get(i).loss() >= trueLoss, "run " + i);
            assertEquals(planned.flops(), gaussian.get(i).flops(), 1e-6 * planned.flops());
            if (gaussian.get(i).loss() < trueLoss) {
                gaussianBelow++;
            }
        }
        assertTrue(gaussianBelow > 0 && gaussianBelow < DESIGN.size(), gaussianBelow + " of " + DESIGN.size());
    }

    /**
     * Why over several seeds and not seed by seed: E trades off against A, B and the exponents, so a
     * single sample of 35 runs can push either fit's E a few percent either way; what the penalty
     * changes is the bias (Huber fits the median of the one-sided noise, the asymmetric penalty
     * about its 9th percentile), which shows over seeds. With a symmetric penalty both would miss alike.
     */
    @Test
    void theLowerEnvelopeFitLandsCloserToTheTrueFloorUnderOneSidedNoise() {
        VirtualExperiment experiment = new VirtualExperiment(CHINCHILLA, ExperimentDesign.budgetRange(1e17, 1e21, 5, 7, 4),
                NoiseModel.ONE_SIDED, 0.02, 1e24);
        Approach3Fitter huber = new Approach3Fitter();
        Approach3Fitter envelope = huber.withPenalty(AsymmetricHuberLoss.chinchilla(10));
        int seeds = 8;
        int envelopeCloser = 0;
        double huberMissSum = 0;
        double envelopeMissSum = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            List<TrainingRun> runs = experiment.sampleRuns(seed);
            double huberMiss = Math.abs(experiment.recover(runs, huber, f -> { }, () -> false).relativeError("E"));
            double envelopeMiss = Math.abs(experiment.recover(runs, envelope, f -> { }, () -> false).relativeError("E"));
            huberMissSum += huberMiss;
            envelopeMissSum += envelopeMiss;
            if (envelopeMiss < huberMiss) {
                envelopeCloser++;
            }
        }
        assertTrue(envelopeMissSum < 0.5 * huberMissSum, "mean miss of E: asymmetric " + envelopeMissSum / seeds
                + ", Huber " + huberMissSum / seeds);
        assertTrue(envelopeCloser > seeds / 2, "asymmetric closer to E in only " + envelopeCloser + " of " + seeds);
    }

    @Test
    void theComparisonFitsTheSameRunsWithEachPenaltyUnderEachNoiseModel() {
        VirtualExperiment experiment = experiment(CHINCHILLA, NoiseModel.GAUSSIAN, 0);
        List<ObjectiveComparison.Row> rows = ObjectiveComparison.run(experiment,
                List.of(HuberLoss.chinchilla(), AsymmetricHuberLoss.chinchilla(10)),
                new Approach3Fitter().withGrid(StartStrategy.NEAR_TRUTH.starts(CHINCHILLA)), 1, f -> { }, () -> false);
        assertEquals(List.of(NoiseModel.GAUSSIAN, NoiseModel.GAUSSIAN, NoiseModel.ONE_SIDED, NoiseModel.ONE_SIDED),
                rows.stream().map(ObjectiveComparison.Row::noiseModel).toList());
        assertEquals(List.of(HuberLoss.ID, AsymmetricHuberLoss.ID, HuberLoss.ID, AsymmetricHuberLoss.ID),
                rows.stream().map(r -> r.recovery().penaltyId()).toList());
        // Without noise every cell recovers the truth, whatever the penalty.
        for (ObjectiveComparison.Row row : rows) {
            assertEquals(0, row.recovery().relativeError("E"), 1e-4, row.toString());
        }
    }

    @Test
    void designsSweepAroundTwentyTokensPerParameter() {
        ExperimentDesign design = ExperimentDesign.budgetRange(1e18, 1e20, 3, 5, 4);
        assertEquals(15, design.size());
        double[] budgets = design.runs().stream().mapToDouble(PlannedRun::flops).distinct().sorted().toArray();
        assertEquals(3, budgets.length);
        assertEquals(1e19, budgets[1], 1e19 * 1e-9);
        PlannedRun middle = design.runs().get(2);
        assertEquals(20, middle.tokens() / middle.params(), 1e-9);
        PlannedRun smallest = design.runs().get(0);
        assertEquals(middle.params() / 4, smallest.params(), 1e-6 * smallest.params());
        assertEquals(1e18, smallest.flops(), 1e18 * 1e-12);
    }
}

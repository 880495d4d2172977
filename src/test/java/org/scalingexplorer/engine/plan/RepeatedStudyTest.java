package org.scalingexplorer.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAccumulator;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.fit.HuberLoss;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;

class RepeatedStudyTest {

    private static final ChinchillaLaw TRUTH = (ChinchillaLaw) LawPreset.CHINCHILLA_2022.law();
    private static final VirtualExperiment EXPERIMENT = new VirtualExperiment(TRUTH,
            ExperimentDesign.isoFlop(List.of(1e18, 1e19, 1e20), 7, 4), NoiseModel.GAUSSIAN, 0.01, 1e24);

    @Test
    void startsNearTheTruthFindTheSameOptimaAsTheFullGrid() {
        StudySummary nearTruth = RepeatedStudy.run(EXPERIMENT, HuberLoss.chinchilla(), StartStrategy.NEAR_TRUTH, 4, 11,
                f -> { }, () -> false);
        StudySummary fullGrid = RepeatedStudy.run(EXPERIMENT, HuberLoss.chinchilla(), StartStrategy.FULL_GRID, 4, 11,
                f -> { }, () -> false);
        assertEquals(fullGrid.spreads().keySet(), nearTruth.spreads().keySet());
        fullGrid.spreads().forEach((name, spread) -> {
            EstimateSpread other = nearTruth.spread(name);
            double scale = Math.max(Math.abs(spread.median()), 1e-3);
            assertEquals(spread.p2_5(), other.p2_5(), 1e-5 * scale, name);
            assertEquals(spread.median(), other.median(), 1e-5 * scale, name);
            assertEquals(spread.p97_5(), other.p97_5(), 1e-5 * scale, name);
        });
        assertTrue(StartStrategy.NEAR_TRUTH.starts(TRUTH).size() < 50);
    }

    @Test
    void spreadsAreOrderedPercentilesAroundTheTruthAndTheSameSeedRepeats() {
        StudySummary summary = RepeatedStudy.run(EXPERIMENT, HuberLoss.chinchilla(), StartStrategy.NEAR_TRUTH, 40, 5,
                f -> { }, () -> false);
        assertEquals(40, summary.repetitions());
        assertEquals(0, summary.failed());
        for (EstimateSpread spread : summary.spreads().values()) {
            assertTrue(spread.p2_5() <= spread.p25() && spread.p25() <= spread.median()
                    && spread.median() <= spread.p75() && spread.p75() <= spread.p97_5(), spread.toString());
            assertTrue(spread.width95() > 0, spread.toString());
        }
        EstimateSpread exponent = summary.spread(StudySummary.A_EXPONENT);
        assertEquals(TRUTH.beta() / (TRUTH.alpha() + TRUTH.beta()), exponent.truth(), 1e-12);
        assertTrue(exponent.p2_5() < exponent.truth() && exponent.truth() < exponent.p97_5(), exponent.toString());
        assertEquals(summary, RepeatedStudy.run(EXPERIMENT, HuberLoss.chinchilla(), StartStrategy.NEAR_TRUTH, 40, 5,
                f -> { }, () -> false));
    }

    @Test
    void withoutNoiseEveryRepetitionRecoversTheTruth() {
        VirtualExperiment exact = new VirtualExperiment(TRUTH, EXPERIMENT.design(), NoiseModel.ONE_SIDED, 0, 1e24);
        StudySummary summary = RepeatedStudy.run(exact, HuberLoss.chinchilla(), StartStrategy.NEAR_TRUTH, 3, 1,
                f -> { }, () -> false);
        summary.spreads().forEach((name, spread) -> {
            double scale = Math.max(Math.abs(spread.truth()), 1e-2);
            assertEquals(spread.truth(), spread.p2_5(), 1e-4 * scale, name);
            assertEquals(spread.truth(), spread.p97_5(), 1e-4 * scale, name);
        });
    }

    @Test
    void reportsProgressToTheEndAndStopsWhenCancelled() {
        DoubleAccumulator highest = new DoubleAccumulator(Math::max, 0);
        RepeatedStudy.run(EXPERIMENT, HuberLoss.chinchilla(), StartStrategy.NEAR_TRUTH, 6, 2, highest::accumulate,
                () -> false);
        assertEquals(1.0, highest.get());

        AtomicInteger asked = new AtomicInteger();
        assertThrows(CancellationException.class, () -> RepeatedStudy.run(EXPERIMENT, HuberLoss.chinchilla(),
                StartStrategy.NEAR_TRUTH, 200, 2, f -> { }, () -> asked.incrementAndGet() > 3));
    }
}

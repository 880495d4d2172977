package org.scalingexplorer.engine.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;

/**
 * Data that cannot determine a law ends in a refusal that says what is missing and names the runs,
 * never in a fit that "converges" to constants the data never constrained.
 */
class DegenerateRunsTest {

    private static final ChinchillaLaw TRUTH = (ChinchillaLaw) LawPreset.CHINCHILLA_2022.law();

    @Test
    void allRunsOfOneModelSizeAreRefusedNamingThem() {
        List<TrainingRun> runs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double tokens = 1e9 * Math.pow(1.2, i);
            runs.add(TrainingRun.of(1e9, tokens, TRUTH.loss(1e9, tokens)));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Approach3Fitter().fit(runs));
        assertEquals("the runs cannot determine the law: all 40 runs have params = 1e9 (run 1, run 2, run 3 and 37 more), "
                + "so nothing in them shows how loss falls with N (A and alpha); add runs that differ in params", error.getMessage());
    }

    @Test
    void identicalRowsAreRefusedNamingTheRepeats() {
        List<TrainingRun> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double params = i % 3 == 0 ? 1e8 : i % 3 == 1 ? 1e9 : 1e10;
            runs.add(new TrainingRun(params, 2e10, 6 * params * 2e10, 2.5, Double.NaN, "", "copy " + i));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Approach3Fitter().fit(runs));
        assertTrue(error.getMessage().startsWith("the runs cannot determine the law: Approach 3 fits 5 constants and needs 5 "
                + "or more distinct (params, tokens) points, got 3 among 12 runs; run 4, run 5, run 6 and 6 more repeat an earlier point"),
                error.getMessage());
    }

    @Test
    void allRunsAtOneBudgetAreRefusedBecauseNAndDMoveTogether() {
        List<TrainingRun> runs = new ArrayList<>();
        double flops = 1e20;
        for (int i = 0; i < 9; i++) {
            double params = 1e8 * Math.pow(2, i);
            double tokens = flops / (6 * params);
            runs.add(TrainingRun.of(params, tokens, TRUTH.loss(params, tokens)));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Approach3Fitter().fit(runs));
        assertTrue(error.getMessage().startsWith("the runs cannot determine the law: all 9 runs are at one budget (1e20 FLOPs, "
                + "within 10%) (run 1, run 2, run 3 and 6 more), so nothing in them shows the N term from the D term"),
                error.getMessage());
    }

    @Test
    void aPowerLawNeedsThreeDistinctValuesOfItsVariable() {
        List<TrainingRun> runs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double params = i % 2 == 0 ? 1e8 : 1e9;
            runs.add(TrainingRun.of(params, 2e10 + i, TRUTH.loss(params, 2e10)));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new OffsetPowerLawFitter().fit(runs, FitVariable.PARAMS));
        assertTrue(error.getMessage().startsWith("the runs cannot determine the law: a power law with offset fits 3 constants "
                + "and needs 3 or more distinct values of params, got 2 among 10 runs"), error.getMessage());
    }

    @Test
    void labelsFromTheCallerNameFileLines() {
        List<TrainingRun> runs = List.of(TrainingRun.of(1e9, 1e10, 3), TrainingRun.of(1e9, 2e10, 2.9),
                TrainingRun.of(1e9, 4e10, 2.8), TrainingRun.of(1e9, 8e10, 2.7), TrainingRun.of(1e9, 16e10, 2.6));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RunSpread.requireForApproach3(runs, i -> "line " + (i + 2)));
        assertTrue(error.getMessage().contains("(line 2, line 3, line 4 and 2 more)"), error.getMessage());
    }

    @Test
    void moreRunsThanApproach3TakesAreRefusedBeforeAnyWork() {
        List<TrainingRun> runs = new ArrayList<>();
        for (int i = 0; i <= Limits.APPROACH3_RUNS; i++) {
            runs.add(TrainingRun.of(1e8 + i, 1e10 + 7 * i, 3));
        }
        long start = System.nanoTime();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Approach3Fitter().fit(runs));
        assertTrue((System.nanoTime() - start) / 1e9 < 5, "refused at once");
        assertEquals("Approach 3 fits at most 5,000 runs (every one of its starts evaluates every run), got 5,001; "
                + "fit a subset, or a power law", error.getMessage());
    }

    @Test
    void spreadRunsPassTheChecks() {
        List<TrainingRun> runs = new ArrayList<>();
        for (double params : new double[] {1e8, 3e8, 1e9}) {
            for (double tokens : new double[] {1e9, 1e10}) {
                runs.add(TrainingRun.of(params, tokens, TRUTH.loss(params, tokens)));
            }
        }
        RunSpread.requireForApproach3(runs, RunSpread::runNumber);
        RunSpread.requireForPowerLaw(runs, FitVariable.PARAMS, RunSpread::runNumber);
    }
}

package org.scalingexplorer.engine.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;

class HoldoutAndSelectionTest {

    @Test
    void withoutHighestLossDropsExactlyTheHighestLosses() {
        List<TrainingRun> all = SampleData.chinchillaEpoch();
        List<TrainingRun> kept = RunSelection.withoutHighestLoss(all, 5);
        assertEquals(240, kept.size());
        double fifthHighest = all.stream().map(TrainingRun::loss).sorted(Comparator.reverseOrder()).toList().get(4);
        assertTrue(kept.stream().allMatch(run -> run.loss() < fifthHighest));
        assertThrows(IllegalArgumentException.class, () -> RunSelection.withoutHighestLoss(all, 245));
    }

    @Test
    void approach3HoldoutOfExactRunsHasNoError() {
        ChinchillaLaw truth = new ChinchillaLaw(1.8, 400, 2000, 0.34, 0.36);
        List<TrainingRun> runs = new ArrayList<>();
        for (double params = 5e7; params < 2e10; params *= 2.2) {
            for (double tokens = 1e9; tokens < 5e11; tokens *= 2.2) {
                runs.add(TrainingRun.of(params, tokens, truth.loss(params, tokens)));
            }
        }
        double cutoff = 1e21;
        HoldoutResult result = Holdout.approach3(runs, cutoff, new Approach3Fitter());
        long above = runs.stream().filter(run -> run.flops() > cutoff).count();
        assertEquals(above, result.nRuns());
        assertEquals(runs.size() - above, result.trainRuns());
        assertTrue(result.maxRelError() < 1e-4, "max relative error " + result.maxRelError());
    }

    @Test
    void approach3HoldoutOnTheSampleDataExtrapolatesWithinAFewPercent() {
        List<TrainingRun> runs = RunSelection.withoutHighestLoss(SampleData.chinchillaEpoch(), 5);
        HoldoutResult result = Holdout.approach3(runs, 1e21, new Approach3Fitter());
        assertEquals(23, result.nRuns());
        assertTrue(result.meanRelError() > 0 && result.meanRelError() < 0.03, "mean " + result.meanRelError());
        assertTrue(result.maxRelError() >= result.meanRelError());
    }

    @Test
    void aCutoffAboveEveryRunIsRefused() {
        List<TrainingRun> runs = SampleData.chinchillaEpoch();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Holdout.approach3(runs, 1e30, new Approach3Fitter()));
        assertTrue(error.getMessage().contains("no run has more than"), error.getMessage());
    }
}

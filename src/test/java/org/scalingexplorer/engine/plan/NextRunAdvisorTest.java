package org.scalingexplorer.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;

class NextRunAdvisorTest {

    private static final ChinchillaLaw TRUTH = (ChinchillaLaw) LawPreset.CHINCHILLA_2022.law();
    private static final List<TrainingRun> RUNS = new VirtualExperiment(TRUTH,
            ExperimentDesign.isoFlop(List.of(1e18, 1e19, 1e20), 7, 4), NoiseModel.GAUSSIAN, 0.01, 1e24).sampleRuns(2);

    @Test
    void suggestionsAreSortedByShrinkageAndSomeRunHelps() {
        Approach3Fitter fitter = new Approach3Fitter();
        Approach3Fit fit = fitter.fit(RUNS);
        List<PlannedRun> candidates = NextRunAdvisor.defaultCandidates(RUNS, fit.law().orElseThrow());
        assertEquals(9, candidates.size());
        NextRunAdvisor.Advice advice = NextRunAdvisor.advise(RUNS, fit, fitter, 1e24, candidates, 40, 3, f -> { },
                () -> false);
        assertEquals(9, advice.suggestions().size());
        assertTrue(advice.currentWidth() > 0, advice.currentInterval().toString());
        assertTrue(advice.noiseScale() > 0.003 && advice.noiseScale() < 0.03, "noise " + advice.noiseScale());
        for (int i = 1; i < advice.suggestions().size(); i++) {
            assertTrue(advice.suggestions().get(i - 1).shrinkage() >= advice.suggestions().get(i).shrinkage());
        }
        NextRunAdvisor.Suggestion best = advice.suggestions().get(0);
        assertTrue(best.shrinkage() > 0, "best shrinkage " + best.shrinkage());
        double width = best.interval().high() - best.interval().low();
        assertEquals(1 - width / advice.currentWidth(), best.shrinkage(), 1e-12);
        // A run beyond the largest budget so far is the one that pins down the extrapolation.
        assertTrue(best.run().flops() > 1.5e20, best.run().toString());
    }

    @Test
    void cancellingStopsTheAdvice() {
        Approach3Fitter fitter = new Approach3Fitter();
        Approach3Fit fit = fitter.fit(RUNS);
        assertThrows(CancellationException.class, () -> NextRunAdvisor.advise(RUNS, fit, fitter, 1e24,
                NextRunAdvisor.defaultCandidates(RUNS, fit.law().orElseThrow()), 40, 3, f -> { }, () -> true));
    }
}

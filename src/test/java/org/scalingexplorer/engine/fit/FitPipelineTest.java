package org.scalingexplorer.engine.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;

/** The one fitting pipeline the command line and the Fit view share. */
class FitPipelineTest {

    private static final List<TrainingRun> EPOCH = RunSelection.withoutHighestLoss(SampleData.chinchillaEpoch(),
            SampleData.CHINCHILLA_EPOCH_HIGHEST_LOSS_DROPPED);

    @Test
    void fastFitOfTheChinchillaSampleIsTheReplicationsOptimum() {
        LawFitOutcome outcome = FitPipeline.fit(EPOCH, FitSpec.of(ChinchillaForm.FREE));
        Map<String, Double> c = outcome.constants();
        // data/README.md: the Huber objective from the 4,500-point grid gives E 1.817, A 477, B 2140, alpha 0.3473, beta 0.3672.
        assertEquals(1.817, c.get("E"), 0.001);
        assertEquals(477, c.get("A"), 1);
        assertEquals(2140, c.get("B"), 5);
        assertEquals(0.3473, c.get("alpha"), 1e-4);
        assertEquals(0.3672, c.get("beta"), 1e-4);
        FormFit grid = new FormFitter(ChinchillaForm.FREE, HuberLoss.chinchilla(), FixedCoordinates.none(ChinchillaForm.FREE),
                FormFitter.Search.FULL_GRID).fit(EPOCH);
        assertEquals(grid.objective(), outcome.fit().objective(), 1e-12 * grid.objective());
        assertTrue(outcome.fit().starts() <= 12, "fast search used " + outcome.fit().starts() + " starts");
    }

    @Test
    void withAHoldoutEveryConstantComesFromTheTrainingRunsAndEachHeldOutRunGetsAnInterval() {
        HoldoutSpec holdout = HoldoutSpec.above(HoldoutAxis.FLOPS, 1e21);
        LawFitOutcome outcome = FitPipeline.fit(EPOCH, FitSpec.of(ChinchillaForm.FREE).withHoldout(holdout)
                .withResamples(200, 3));
        List<TrainingRun> train = EPOCH.stream().filter(run -> run.flops() <= 1e21).toList();
        FormFit trainOnly = FormFitter.fast(ChinchillaForm.FREE).fit(train);
        assertArrayEquals(trainOnly.point(), outcome.fit().point(), 1e-9);
        assertEquals(train.size(), outcome.fit().nRuns());
        HoldoutReport report = outcome.holdout();
        assertEquals(train.size(), report.trainRuns());
        assertEquals(23, report.nRuns());
        for (HeldOutPrediction prediction : report.runs()) {
            assertTrue(prediction.run().flops() > 1e21);
            assertTrue(prediction.low95() < prediction.predicted() && prediction.predicted() < prediction.high95(),
                    prediction.toString());
            assertEquals(trainOnly.predictLoss(prediction.run()), prediction.predicted(), 1e-12);
        }
        assertTrue(report.coverage95() >= 0.5, "coverage " + report.coverage95());
        assertTrue(report.meanRelError() > 0 && report.meanRelError() <= report.maxRelError());
    }

    @Test
    void aHoldoutByGroupOrByParamsSplitsWhereTheUserSays() {
        List<TrainingRun> grouped = new ArrayList<>();
        for (TrainingRun run : EPOCH) {
            grouped.add(new TrainingRun(run.params(), run.tokens(), run.flops(), run.loss(), Double.NaN,
                    run.params() > 5e9 ? "big" : "small", ""));
        }
        LawFitOutcome byGroup = FitPipeline.fit(grouped, FitSpec.of(ChinchillaForm.TIED)
                .withHoldout(HoldoutSpec.group("big")).withResamples(50, 1));
        assertTrue(byGroup.holdout().runs().stream().allMatch(p -> p.run().group().equals("big")));
        assertEquals(grouped.stream().filter(run -> run.group().equals("small")).count(), byGroup.train().size());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> HoldoutSpec.above(HoldoutAxis.PARAMS, 1e13).split(EPOCH));
        assertTrue(none.getMessage().contains("no run has more than 1.000e+13 params"), none.getMessage());
        IllegalArgumentException noGroup = assertThrows(IllegalArgumentException.class,
                () -> HoldoutSpec.group("huge").split(grouped));
        assertTrue(noGroup.getMessage().contains("'huge'") && noGroup.getMessage().contains("small"), noGroup.getMessage());
    }

    @Test
    void theFormIsChosenByCrossValidationOnTheTrainingRunsOnly() {
        HoldoutSpec holdout = HoldoutSpec.above(HoldoutAxis.PARAMS, 3e9);
        List<LawForm> candidates = List.of(ChinchillaForm.FREE, ChinchillaForm.TIED, KaplanForm.INSTANCE,
                new PowerLawForm(FitVariable.FLOPS));
        FitSpec spec = new FitSpec(null, candidates, HuberLoss.chinchilla(), Map.of(), holdout, 0, 1,
                FormFitter.Search.FAST, 0, FlopsCount.FILE);
        LawFitOutcome outcome = FitPipeline.fit(EPOCH, spec.withResamples(50, 1));
        FormChoice.Ranking ranking = outcome.ranking();
        List<TrainingRun> train = holdout.split(EPOCH).train();
        FormChoice.Ranking direct = FormChoice.rank(train, candidates, HoldoutAxis.PARAMS, HuberLoss.chinchilla(),
                FormFitter.Search.FAST, f -> { }, () -> false);
        assertEquals(direct.scores(), ranking.scores(), "the real hold-out must not change the choice");
        assertEquals(4, ranking.scores().size());
        for (int i = 1; i < ranking.scores().size(); i++) {
            assertTrue(ranking.scores().get(i - 1).cvMeanRelError() <= ranking.scores().get(i).cvMeanRelError());
        }
        assertEquals(ranking.scores().get(0).form(), outcome.form().id());
        assertTrue(ranking.cvCutoff() < train.stream().mapToDouble(TrainingRun::params).max().orElseThrow());
        assertTrue(ranking.cvHeldOutRuns() > 0 && ranking.cvTrainRuns() + ranking.cvHeldOutRuns() == train.size());
    }

    @Test
    void progressRisesToOneAndCancelStopsTheBootstrap() {
        List<Double> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
        FitPipeline.fit(EPOCH, FitSpec.of(ChinchillaForm.FREE).withResamples(100, 1), reported::add, () -> false);
        assertEquals(1.0, reported.get(reported.size() - 1));
        assertTrue(reported.size() > 10);
        AtomicBoolean cancel = new AtomicBoolean();
        assertThrows(CancellationException.class, () -> FitPipeline.fit(EPOCH,
                FitSpec.of(ChinchillaForm.FREE).withResamples(10000, 1), fraction -> {
                    if (fraction > 0.2) {
                        cancel.set(true);
                    }
                }, cancel::get));
    }

    @Test
    void computeCountedAs6NDReplacesTheFilesFlops() {
        List<TrainingRun> runs = List.of(new TrainingRun(1e9, 2e10, 3e20, 2.5, Double.NaN, "", "a"));
        assertEquals(1.2e20, FlopsCount.SIX_ND.apply(runs).get(0).flops(), 1e8);
        assertEquals(3e20, FlopsCount.FILE.apply(runs).get(0).flops());
        assertThrows(IllegalArgumentException.class, () -> FlopsCount.fromId("pf-days"));
    }
}

package org.scalingexplorer.engine.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.IsoFlopFitter;
import org.scalingexplorer.engine.fit.LogSpaceParameters;
import org.scalingexplorer.engine.io.ColumnMapping;
import org.scalingexplorer.engine.io.TrainingRun;

class CheckpointFitComparisonTest {

    private static LearningCurve curve(String name, double params, double totalSteps, double... losses) {
        double[] steps = new double[losses.length];
        for (int i = 0; i < losses.length; i++) {
            steps[i] = (i + 1) * 100;
        }
        return LearningCurve.of(name, params, totalSteps, 1e6, steps, losses);
    }

    @Test
    void lastCheckpointsBecomeRunsAndFinishedOnlyDropsRunsThatStoppedEarly() {
        LearningCurve finished = curve("done", 1e8, 300, 4, 3.5, 3.2);
        LearningCurve stopped = curve("stopped", 2e8, 500, 4, 3.4);
        LearningCurve unknown = LearningCurve.of("unknown", 3e8, Double.NaN, 1e6, new double[] {100}, new double[] {3});
        FinalCheckpoints.Selection all = FinalCheckpoints.select(List.of(finished, stopped, unknown), false);
        assertEquals(3, all.runs().size());
        TrainingRun first = all.runs().get(0);
        assertEquals("done", first.name());
        assertEquals(3.2, first.loss());
        assertEquals(3e8, first.tokens());
        assertEquals(6 * 1e8 * 3e8, first.flops(), 1);

        FinalCheckpoints.Selection done = FinalCheckpoints.select(List.of(finished, stopped, unknown), true);
        assertEquals(List.of("done"), done.runs().stream().map(TrainingRun::name).toList());
        assertEquals(List.of("stopped: stopped at step 200.0 of 500.0",
                "unknown: scheduled length unknown (no total_steps)"), done.skipped());

        FinalCheckpoints.Selection mid = FinalCheckpoints.midSchedule(List.of(finished, stopped));
        assertEquals(List.of("done@100", "done@200", "stopped@100", "stopped@200"),
                mid.runs().stream().map(TrainingRun::name).toList());
    }

    @Test
    void comparisonNeedsBothReadings() {
        LearningCurve noSchedule = LearningCurve.of("x", 1e8, Double.NaN, 1e6, new double[] {1, 2}, new double[] {3, 2});
        assertThrows(IllegalArgumentException.class,
                () -> CheckpointFitComparison.approach2(List.of(noSchedule), new IsoFlopFitter()));
    }

    @Test
    void approach3SeesTheTwoReadingsOfCurvesFromALaw() {
        // Curves of 6 sizes from L = E + A/N^alpha + B/D^beta with a long-schedule penalty on mid-schedule
        // reads: the finished reading recovers the law's a = beta / (alpha + beta) = 0.5.
        List<LearningCurve> curves = new java.util.ArrayList<>();
        for (int s = 0; s < 6; s++) {
            double params = 1e7 * Math.pow(4, s);
            for (int length : new int[] {1000, 4000, 16000}) {
                double[] steps = {length / 4.0, length / 2.0, length};
                double[] losses = new double[3];
                for (int k = 0; k < 3; k++) {
                    double tokens = steps[k] * 1e6;
                    double unannealed = k < 2 ? 0.05 : 0;
                    losses[k] = 1.7 + 400 / Math.pow(params, 0.3) + 400 / Math.pow(tokens, 0.3) + unannealed;
                }
                curves.add(LearningCurve.of("n" + s + "/" + length, params, length, 1e6, steps, losses));
            }
        }
        Approach3Fitter fitter = new Approach3Fitter().withGrid(List.of(new LogSpaceParameters(6, 6, 0.5, 0.3, 0.3),
                new LogSpaceParameters(5, 5, 0, 0.5, 0.5)));
        CheckpointFitComparison comparison = CheckpointFitComparison.approach3(curves, fitter);
        assertEquals(36, comparison.midSchedule().runs());
        assertEquals(18, comparison.finished().runs());
        assertEquals(0.5, comparison.finished().aExponent().orElseThrow(), 1e-3);
        assertTrue(comparison.midSchedule().aExponent().isPresent());
    }

    @Test
    void misfittingCurvesReadMidScheduleAndFinishedGiveTheirOwnExponents() {
        Assumptions.assumeTrue(Files.exists(CurveReaderTest.MISFITTING), "../shared is absent");
        CurveImport imported = CurveReader.read(CurveReaderTest.MISFITTING,
                ColumnMapping.parse(CurveReaderTest.MISFITTING_COLUMNS, CurveRoles.ALL), null);
        CheckpointFitComparison comparison = CheckpointFitComparison.approach2(imported.curves(), new IsoFlopFitter());
        assertEquals(4574, comparison.midSchedule().runs());
        assertEquals(240, comparison.finished().runs());
        // Measured here (total N, isoFLOP groups within 10% of compute): 0.744 mid-schedule, 0.730 finished.
        assertEquals(0.744, comparison.midSchedule().aExponent().orElseThrow(), 0.003);
        assertEquals(0.730, comparison.finished().aExponent().orElseThrow(), 0.003);
    }
}

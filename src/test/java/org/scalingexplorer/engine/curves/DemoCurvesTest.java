package org.scalingexplorer.engine.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.io.ColumnMapping;

class DemoCurvesTest {

    @Test
    void theDemoCurvesAreTheLawAndItsFitGivesTheConstantsBack() {
        List<LearningCurve> curves = DemoCurves.curves();
        assertEquals(List.of("cosine 1500", "cosine 3000", "cosine 6000", "cosine 12000", "constant 12000", "wsd 12000"),
                curves.stream().map(LearningCurve::name).toList());
        LearningCurve longCosine = curves.get(3);
        assertEquals(48, longCosine.size());
        assertTrue(longCosine.finished());
        ScheduleReading logged = DemoCurves.reading();
        ScheduleLawFit fit = new ScheduleLawFitter().fit(List.of(ScheduleCurve.of(longCosine, logged.of(longCosine))));
        assertEquals(DemoCurves.LAW.l0(), fit.law().l0(), 1e-9);
        assertEquals(DemoCurves.LAW.alpha(), fit.law().alpha(), 1e-9);
        assertEquals(DemoCurves.LAW.c(), fit.law().c(), 1e-9);
        assertEquals(DemoCurves.LAW.finalLoss(DemoCurves.schedule("constant", 12_000)),
                curves.get(4).loss(curves.get(4).last()), 1e-12);
        // The logged rates are read back as the schedules they came from.
        assertTrue(logged.follows(curves.get(5), DemoCurves.schedule("wsd", 12_000)));
        assertFalse(logged.follows(curves.get(5), DemoCurves.schedule("cosine", 12_000)));
        assertFalse(logged.follows(curves.get(1), DemoCurves.schedule("cosine", 6_000)));
    }

    /** The stated constants are, rounded, what the law fits to the 400M (Mis)Fitting run at lr 1e-3, 12,000 steps. */
    @Test
    void theConstantsComeFromTheMisfitting400mRun() {
        Assumptions.assumeTrue(Files.exists(CurveReaderTest.MISFITTING), "../shared is absent");
        CurveImport imported = CurveReader.read(CurveReaderTest.MISFITTING,
                ColumnMapping.parse(CurveReaderTest.MISFITTING_COLUMNS, CurveRoles.ALL), null);
        LearningCurve run = imported.curves().stream()
                .filter(c -> c.name().equals("misfitting_400m/0.001/2024_11_22-11_48_37_sweep_test/12000"))
                .findFirst().orElseThrow();
        ScheduleReading cosine = new ScheduleReading(ScheduleReading.COSINE, DemoCurves.WARMUP_STEPS,
                DemoCurves.FINAL_FRACTION, DemoCurves.DECAY_FRACTION, Double.NaN);
        ScheduleLaw fitted = new ScheduleLawFitter().fit(List.of(ScheduleCurve.of(run, cosine.of(run)))).law();
        assertEquals(DemoCurves.LAW.l0(), fitted.l0(), 0.005);
        assertEquals(DemoCurves.LAW.a(), fitted.a(), 0.0005);
        assertEquals(DemoCurves.LAW.alpha(), fitted.alpha(), 0.0005);
        assertEquals(DemoCurves.LAW.c(), fitted.c(), 0.0005);
        assertEquals(DemoCurves.PARAMS, run.params());
        assertEquals(DemoCurves.TOKENS_PER_STEP, run.tokens(run.last()) / run.step(run.last()));
    }
}

package org.scalingexplorer.ui.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.onFx;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.runOnFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.curves.Approach1Fit;
import org.scalingexplorer.engine.curves.LearningCurve;
import org.scalingexplorer.ui.curves.CurvesViewModel.Status;
import org.scalingexplorer.ui.view.RunHandoff;
import org.scalingexplorer.ui.view.WorkMode;
import org.testfx.util.WaitForAsyncUtils;

/** The Curves view-model without a view: inline where the order of events does not matter, else its Services on the FX thread. */
class CurvesViewModelTest {

    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        org.scalingexplorer.ui.shell.ExplorerWindowFixture.startToolkit();
    }

    private static CurvesViewModel inline() {
        return new CurvesViewModel(WorkMode.INLINE, new RunHandoff());
    }

    @Test
    void aFileImportedThroughAMappingGivesCurvesBySizeWithTheirMidScheduleCheckpoints() throws Exception {
        CurvesViewModel curves = inline();
        curves.load(CurveSource.file(CurveFiles.sweep(dir), CurveFiles.SWEEP_MAPPING, null));
        assertEquals(Status.LOADED, curves.status(), curves.errorMessageProperty().get());
        assertEquals(30, curves.curves().size());
        assertEquals("m0/1000", curves.curves().get(0).name());
        int checkpoints = CurveFiles.SIZES * (10 + 20 + 40);
        assertEquals(checkpoints, curves.loaded().imported().checkpoints());
        assertEquals(checkpoints - 30, curves.loaded().imported().midScheduleCheckpoints(),
                "every checkpoint but each run's last is read before its schedule ended");
        assertTrue(curves.loaded().hasSecondCount());
        CurvesPlot plot = curves.plot();
        assertEquals(CurveFiles.SIZES, plot.sizes().size(), "one series per size");
        assertEquals(3, plot.sizes().get(0).curves());
        assertEquals(70 - 3, plot.sizes().get(0).midX().length);
        assertTrue(plot.hasEnvelope());
        assertFalse(curves.loaded().plot(CurvesViewModel.XAxis.TOKENS).hasEnvelope(), "no envelope against tokens");
        assertEquals(6 * 1e8 * 1e8, plot.sizes().get(0).lineX()[0], 1e3, "compute is 6ND when the file has none");
    }

    @Test
    void theCountSwitchMovesTheApproach1Exponent() throws Exception {
        CurvesViewModel curves = inline();
        curves.approach1().resamplesProperty().set(20);
        curves.load(CurveSource.file(CurveFiles.sweep(dir), CurveFiles.SWEEP_MAPPING, null));
        Approach1Result result = curves.approach1().result();
        assertNotNull(result);
        Approach1Fit total = curves.approach1().shown();
        curves.approach1().countProperty().set(ParamCount.NON_EMBEDDING);
        Approach1Fit nonEmbedding = curves.approach1().shown();
        assertNotNull(total);
        assertNotNull(nonEmbedding);
        assertTrue(nonEmbedding.aExponent() > total.aExponent() + 0.01, total.aExponent() + " vs " + nonEmbedding.aExponent());
        assertEquals(total.bExponent(), nonEmbedding.bExponent(), 1e-9, "D and C do not depend on how N is counted");
        assertTrue(total.ci95().get(Approach1Fit.A_EXPONENT).contains(total.aExponent()));
        assertTrue(curves.approach1().submitResamples("0"));
        assertFalse(curves.approach1().submitResamples("1"));
        assertFalse(curves.approach1().submitResamples("lots"));
    }

    /** Li et al. 2025 on their 240 runs: the count alone moves a from 0.451 to 0.657 (same compute C). */
    @Test
    void onTheMisfittingCurvesTheCountMovesTheExponentByAboutPointTwo() {
        Assumptions.assumeTrue(Files.exists(CurveFiles.MISFITTING), "../shared is absent");
        CurvesViewModel curves = inline();
        curves.approach1().resamplesProperty().set(0);
        curves.load(CurveSource.file(CurveFiles.MISFITTING, CurveFiles.MISFITTING_MAPPING, null));
        assertEquals(240, curves.curves().size());
        Approach1Result result = curves.approach1().result();
        assertEquals(0.451, result.fit(ParamCount.TOTAL).aExponent(), 0.005);
        assertEquals(0.657, result.fit(ParamCount.NON_EMBEDDING).aExponent(), 0.005);
        assertEquals(4574, curves.loaded().imported().midScheduleCheckpoints());
        assertEquals(36, curves.loaded().imported().duplicateCount());
        FinalCheckpointsModel.Comparison comparison = curves.finalCheckpoints().comparisonProperty().get();
        assertEquals(0.744, comparison.fits().midSchedule().aExponent().orElseThrow(), 0.003);
        assertEquals(0.730, comparison.fits().finished().aExponent().orElseThrow(), 0.003);
    }

    @Test
    void finalCheckpointsGoToTheReceiverOneRunPerCurve() throws Exception {
        RunHandoff handoff = new RunHandoff();
        List<List<?>> received = new CopyOnWriteArrayList<>();
        handoff.connect(new RunHandoff.Receiver() {
            @Override
            public String viewId() {
                return "fit";
            }

            @Override
            public void take(String source, List<org.scalingexplorer.engine.io.TrainingRun> runs) {
                received.add(runs);
            }
        });
        CurvesViewModel curves = new CurvesViewModel(WorkMode.INLINE, handoff);
        curves.load(CurveSource.file(CurveFiles.sweep(dir), CurveFiles.SWEEP_MAPPING, null));
        assertTrue(curves.finalCheckpoints().canSendBinding().get());
        RunHandoff.Delivery delivery = curves.finalCheckpoints().send();
        assertEquals(30, delivery.runs().size());
        assertEquals(1, received.size());
        LearningCurve first = curves.curves().get(0);
        assertEquals(first.loss(first.last()), delivery.runs().get(0).loss());
        assertEquals(first.tokens(first.last()), delivery.runs().get(0).tokens());
        assertEquals("fit", delivery.receiverViewId());
    }

    @Test
    void theDemoCurvesCarryTheScheduleLawAndItsTrap() {
        CurvesViewModel curves = inline();
        curves.loadDemo();
        assertEquals(6, curves.curves().size());
        ScheduleLawResult result = curves.scheduleLaw().result();
        assertTrue(result.hasFit(), result.problem());
        assertEquals("cosine 12000", curves.scheduleLaw().fitRunProperty().get());
        assertEquals(2.99, result.fit().law().l0(), 1e-6, "the fit gives back the law that made the curves");
        assertEquals("constant", result.target().id());
        assertNotNull(result.observed(), "the demo has a constant run of 12,000 steps to compare with");
        assertEquals(result.predicted().losses()[result.predicted().losses().length - 1],
                result.observed().losses()[result.observed().losses().length - 1], 1e-9);
        assertEquals(5, result.predictions().size());
        assertNotNull(result.trap(), result.trapProblem());
        assertEquals(4, result.trap().steps().length, "three shorter cosines and the long one's own end");
        curves.scheduleLaw().targetShapeProperty().set("wsd");
        assertEquals("wsd", curves.scheduleLaw().result().target().id());
        assertTrue(curves.scheduleLaw().submitTargetSteps("6000"));
        assertNull(curves.scheduleLaw().result().observed(), "no WSD run of 6,000 steps in the demo");
        assertFalse(curves.scheduleLaw().submitTargetSteps("0"));
    }

    @Test
    void aBadFileIsRefusedWithItsNameAndTheCurvesShownStay() throws Exception {
        CurvesViewModel curves = inline();
        curves.loadDemo();
        Path bad = Files.writeString(dir.resolve("bad.csv"), "run,step,value\na,1,2\n");
        curves.load(CurveSource.file(bad, List.of(), null));
        assertEquals(Status.LOAD_FAILED, curves.status());
        assertTrue(curves.errorMessageProperty().get().startsWith(bad + ": no 'loss' column"),
                curves.errorMessageProperty().get());
        assertEquals(6, curves.curves().size(), "the demo stays");
    }

    @Test
    void cancelStopsTheReaderAndANewLoadSupersedesTheStaleOne() throws Exception {
        Path big = CurveFiles.longLog(dir, 900_000);
        Path small = CurveFiles.sweep(dir);
        CurvesViewModel curves = onFx(() -> new CurvesViewModel(WorkMode.BACKGROUND, new RunHandoff()));
        runOnFx(() -> curves.load(CurveSource.file(big, List.of(), null)));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(() -> curves.loadProgressProperty().get()) > 0);
        assertTrue(curves.isLoading());
        runOnFx(curves::cancelLoad);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !curves.isLoading());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Status.LOAD_CANCELLED, curves.status());
        assertEquals(null, curves.loaded());

        List<Status> seen = new CopyOnWriteArrayList<>();
        runOnFx(() -> {
            curves.statusProperty().addListener((obs, old, now) -> seen.add(now));
            curves.load(CurveSource.file(big, List.of(), null));
        });
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(() -> curves.loadProgressProperty().get()) > 0);
        runOnFx(() -> curves.load(CurveSource.file(small, CurveFiles.SWEEP_MAPPING, null)));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(curves::status) == Status.LOADED);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !curves.isLoading());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(small, curves.source().file(), "the stale load never shows");
        assertNotEquals(-1, seen.indexOf(Status.LOADED));
        assertFalse(seen.contains(Status.LOAD_CANCELLED), "a superseded load ends silently: " + seen);
    }

    private static void assertNull(Object value, String message) {
        org.junit.jupiter.api.Assertions.assertNull(value, message);
    }
}

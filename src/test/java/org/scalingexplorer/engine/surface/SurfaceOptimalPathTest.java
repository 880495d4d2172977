package org.scalingexplorer.engine.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.allocation.ChinchillaOptimum;
import org.scalingexplorer.engine.allocation.IsoFlopProfile;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;

class SurfaceOptimalPathTest {

    private static final double EDGE = 1e-9;

    @Test
    void chinchillaPathIsTheClosedFormLineClippedToTheWindow() {
        ChinchillaLaw law = (ChinchillaLaw) LawPreset.CHINCHILLA_2022.law();
        ChinchillaOptimum optimum = ChinchillaOptimum.of(law);
        SurfaceWindow window = SurfaceWindow.DEFAULT;
        ComputeOptimalPath path = ComputeOptimalPath.across(law, window, OptimumRule.LOSS_MINIMUM);
        assertTrue(path.size() > 20);
        for (int i = 0; i < path.size(); i++) {
            double flops = Math.pow(10, path.log10Flops()[i]);
            assertEquals(Math.log10(optimum.params(flops)), path.log10Params()[i], 1e-6);
            assertEquals(Math.log10(optimum.tokens(flops)), path.log10Tokens()[i], 1e-6);
            assertEquals(law.loss(Math.pow(10, path.log10Params()[i]), Math.pow(10, path.log10Tokens()[i])),
                    path.loss()[i], 1e-12);
            assertTrue(contains(window, path.log10Params()[i], path.log10Tokens()[i]));
            if (i > 0) {
                assertTrue(path.log10Flops()[i] > path.log10Flops()[i - 1]);
                assertTrue(path.loss()[i] < path.loss()[i - 1]);
            }
        }
        assertTrue(onBorder(window, path.log10Params()[0], path.log10Tokens()[0]));
        int last = path.size() - 1;
        assertTrue(onBorder(window, path.log10Params()[last], path.log10Tokens()[last]));
    }

    @Test
    void kaplanPathDependsOnTheRule() {
        ScalingLaw law = LawPreset.KAPLAN_2020.law();
        ComputeOptimalPath table6 = ComputeOptimalPath.across(law, SurfaceWindow.DEFAULT, OptimumRule.PUBLISHED_RULE);
        ComputeOptimalPath bottom = ComputeOptimalPath.across(law, SurfaceWindow.DEFAULT, OptimumRule.LOSS_MINIMUM);
        // Slopes d log D / d log N: Table 6 gives (1 - 0.73) / 0.73 = 0.37, the loss minimum 0.8 / 1 = 0.8.
        assertEquals(0.27 / 0.73, slope(table6), 1e-6);
        assertEquals(0.076 / 0.095, slope(bottom), 1e-6);
    }

    @Test
    void pathThatMissesTheWindowIsEmpty() {
        // Tiny models on vast data: far off any compute-optimal line.
        SurfaceWindow offPath = new SurfaceWindow(6, 7, 13, 14);
        assertEquals(0, ComputeOptimalPath.across(LawPreset.EPOCH_2024.law(), offPath, OptimumRule.LOSS_MINIMUM).size());
    }

    @Test
    void isoFlopLineIsAStraightLineOfSlopeMinusOneInsideTheWindow() {
        ScalingLaw law = LawPreset.EPOCH_2024.law();
        SurfaceWindow window = SurfaceWindow.DEFAULT;
        IsoFlopProfile line = window.isoFlopLine(law, 1e22, 120).orElseThrow();
        double log10ParamsTimesTokens = Math.log10(1e22 / 6);
        for (int i = 0; i < line.size(); i++) {
            assertEquals(log10ParamsTimesTokens, line.log10Params(i) + line.log10Tokens(i), 1e-9);
            assertTrue(contains(window, line.log10Params(i), line.log10Tokens(i)));
            assertEquals(law.loss(line.params()[i], line.tokens()[i]), line.loss()[i], 1e-12);
        }
        assertTrue(onBorder(window, line.log10Params(0), line.log10Tokens(0)));
        assertTrue(onBorder(window, line.log10Params(119), line.log10Tokens(119)));
        assertTrue(line.minimumInsideWindow(), "1e22 FLOPs has its optimum inside the default window");

        Optional<IsoFlopProfile> tooSmall = window.isoFlopLine(law, 1e15, 50);
        assertTrue(tooSmall.isEmpty());
        assertTrue(window.isoFlopLine(law, 1e29, 50).isEmpty());
    }

    private static double slope(ComputeOptimalPath path) {
        int last = path.size() - 1;
        return (path.log10Tokens()[last] - path.log10Tokens()[0]) / (path.log10Params()[last] - path.log10Params()[0]);
    }

    private static boolean contains(SurfaceWindow window, double log10Params, double log10Tokens) {
        return log10Params >= window.log10ParamsMin() - EDGE && log10Params <= window.log10ParamsMax() + EDGE
                && log10Tokens >= window.log10TokensMin() - EDGE && log10Tokens <= window.log10TokensMax() + EDGE;
    }

    private static boolean onBorder(SurfaceWindow window, double log10Params, double log10Tokens) {
        return Math.abs(log10Params - window.log10ParamsMin()) < 1e-6 || Math.abs(log10Params - window.log10ParamsMax()) < 1e-6
                || Math.abs(log10Tokens - window.log10TokensMin()) < 1e-6
                || Math.abs(log10Tokens - window.log10TokensMax()) < 1e-6;
    }
}

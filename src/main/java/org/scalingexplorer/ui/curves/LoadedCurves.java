package org.scalingexplorer.ui.curves;

import java.util.List;
import org.scalingexplorer.engine.curves.ComputeEnvelope;
import org.scalingexplorer.engine.curves.CurveImport;
import org.scalingexplorer.engine.curves.LearningCurve;
import org.scalingexplorer.engine.curves.ScheduleReading;

/**
 * A finished load: where from, what the reader gave (curves, bad rows, merged duplicates), the
 * envelope of the curves against compute, the curves as drawn against tokens and against compute,
 * and how their schedules are read unless the user says otherwise.
 */
public record LoadedCurves(CurveSource source, String label, CurveImport imported, ComputeEnvelope envelope,
                           CurvesPlot byTokens, CurvesPlot byCompute, ScheduleReading reading) {

    public List<LearningCurve> curves() {
        return imported.curves();
    }

    /** Whether every curve has a second, non-embedding count of its size. */
    public boolean hasSecondCount() {
        return !curves().isEmpty() && curves().stream().allMatch(LearningCurve::hasNonEmbeddingParams);
    }

    public CurvesPlot plot(CurvesViewModel.XAxis axis) {
        return axis == CurvesViewModel.XAxis.TOKENS ? byTokens : byCompute;
    }
}

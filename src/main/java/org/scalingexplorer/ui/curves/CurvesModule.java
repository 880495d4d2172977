package org.scalingexplorer.ui.curves;

import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ModelContext;
import org.scalingexplorer.ui.view.OpensCurves;
import org.scalingexplorer.ui.view.ViewContext;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;
import org.scalingexplorer.ui.view.ViewState;

/**
 * The Curves view: learning curves from training logs, their envelope and Hoffmann's Approach 1,
 * final checkpoints for the Fit view, and the learning-rate schedule law of Tissue et al. 2024.
 */
public final class CurvesModule implements ViewModule<CurvesViewModel>, OpensCurves {
    public static final CurvesModule MODULE = new CurvesModule();

    private CurvesModule() {
    }

    @Override
    public String id() {
        return "curves";
    }

    @Override
    public String iconLiteral() {
        return "mdi2c-chart-multiline";
    }

    @Override
    public boolean followsScenario() {
        return false;
    }

    @Override
    public CurvesViewModel createViewModel(ModelContext context) {
        return new CurvesViewModel(context.work(), context.runHandoff());
    }

    @Override
    public ViewPane createView(CurvesViewModel viewModel, ViewContext context) {
        return new CurvesView(viewModel, context.bundle(), context.chartStyle());
    }

    @Override
    public FigureDraft figure(CurvesViewModel viewModel) {
        return CurvesFigure.draft(viewModel);
    }

    @Override
    public ViewState<CurvesViewModel> state() {
        return CurvesState.STATE;
    }

    @Override
    public void chooseCurveFile(ViewPane view) {
        ((CurvesView) view).chooseFile();
    }
}

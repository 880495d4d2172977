package org.scalingexplorer.ui.fit;

import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ModelContext;
import org.scalingexplorer.ui.view.OpensFiles;
import org.scalingexplorer.ui.view.ViewContext;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;
import org.scalingexplorer.ui.view.ViewState;

/** The Fit view: the user's runs, a law fitted to them, its extrapolation, and which run to train next. */
public final class FitModule implements ViewModule<FitViewModel>, OpensFiles {
    public static final FitModule MODULE = new FitModule();
    static final String ID = "fit";

    private FitModule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String iconLiteral() {
        return "mdi2c-chart-scatter-plot";
    }

    @Override
    public boolean followsScenario() {
        return false;
    }

    @Override
    public FitViewModel createViewModel(ModelContext context) {
        return new FitViewModel(context.work(), context.scenario());
    }

    @Override
    public ViewPane createView(FitViewModel viewModel, ViewContext context) {
        return new FitView(viewModel, context.bundle(), context.chartStyle());
    }

    @Override
    public FigureDraft figure(FitViewModel viewModel) {
        return FitFigure.draft(viewModel);
    }

    @Override
    public ViewState<FitViewModel> state() {
        return FitState.STATE;
    }

    @Override
    public void chooseFile(ViewPane view) {
        ((FitView) view).chooseFile();
    }
}

package org.scalingexplorer.ui.data;

import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ModelContext;
import org.scalingexplorer.ui.view.ViewContext;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;
import org.scalingexplorer.ui.view.ViewState;

/** The Data view: repeated data, the data-constrained optimum, and quality against quantity. */
public final class DataModule implements ViewModule<DataViewModel> {
    public static final DataModule MODULE = new DataModule();
    static final String ID = "data";

    private DataModule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String iconLiteral() {
        return "mdi2d-database-refresh";
    }

    @Override
    public boolean followsScenario() {
        return false;
    }

    @Override
    public DataViewModel createViewModel(ModelContext context) {
        return new DataViewModel();
    }

    @Override
    public ViewPane createView(DataViewModel viewModel, ViewContext context) {
        return new DataView(viewModel, context.bundle(), context.chartStyle());
    }

    @Override
    public FigureDraft figure(DataViewModel viewModel) {
        return DataFigure.draft(viewModel);
    }

    @Override
    public ViewState<DataViewModel> state() {
        return DataState.STATE;
    }
}

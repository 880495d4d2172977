package org.scalingexplorer.ui.recipe;

import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ModelContext;
import org.scalingexplorer.ui.view.ViewContext;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;
import org.scalingexplorer.ui.view.ViewState;

/** The Recipe view: what an engineer sets besides N and D (batch, learning rate, muP, shape), and why Kaplan and Chinchilla differ. */
public final class RecipeModule implements ViewModule<RecipeViewModel> {
    public static final RecipeModule MODULE = new RecipeModule();

    private RecipeModule() {
    }

    @Override
    public String id() {
        return "recipe";
    }

    @Override
    public String iconLiteral() {
        return "mdi2c-chef-hat";
    }

    @Override
    public boolean followsScenario() {
        return true;
    }

    @Override
    public RecipeViewModel createViewModel(ModelContext context) {
        return new RecipeViewModel(context.scenario(), context.work());
    }

    @Override
    public ViewPane createView(RecipeViewModel viewModel, ViewContext context) {
        return new RecipeView(viewModel, context.bundle(), context.chartStyle());
    }

    @Override
    public FigureDraft figure(RecipeViewModel viewModel) {
        return RecipeFigure.draft(viewModel);
    }

    @Override
    public void setShown(RecipeViewModel viewModel, boolean shown) {
        viewModel.shownProperty().set(shown);
    }

    @Override
    public ViewState<RecipeViewModel> state() {
        return RecipeState.STATE;
    }
}

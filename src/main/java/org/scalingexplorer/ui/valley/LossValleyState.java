package org.scalingexplorer.ui.valley;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.ui.scenario.ViewSettings;
import org.scalingexplorer.ui.view.ViewState;

/**
 * What the Loss valley view keeps in a session: its window (as named settings a lesson may set), the
 * isoFLOP budgets drawn and the path rule.
 */
final class LossValleyState implements ViewState<LossValleyViewModel> {
    static final LossValleyState STATE = new LossValleyState();
    private static final System.Logger LOG = System.getLogger(LossValleyState.class.getName());

    /** 1 holds the loss axis still (a lesson turns it on to show E lifting the surface), 0 lets it follow. */
    static final String LOCK_AXES_SETTING = "valley.lock_axes";

    private LossValleyState() {
    }

    @Override
    public void register(LossValleyViewModel viewModel, ViewSettings settings) {
        settings.register("valley.log10_params_from", viewModel.paramsFromProperty());
        settings.register("valley.log10_params_to", viewModel.paramsToProperty());
        settings.register("valley.log10_tokens_from", viewModel.tokensFromProperty());
        settings.register("valley.log10_tokens_to", viewModel.tokensToProperty());
        settings.register(LOCK_AXES_SETTING, viewModel.lockAxesProperty(), () -> viewModel.lockAxesProperty().get() ? 1 : 0,
                value -> viewModel.lockAxesProperty().set(value != 0));
    }

    @Override
    public Session save(LossValleyViewModel viewModel, Session session) {
        ObjectNode state = session.viewState(LossValleyModule.ID);
        ArrayNode budgets = state.putArray("budgets_shown");
        for (LossValleyViewModel.BudgetChoice budget : viewModel.budgets()) {
            if (budget.shownProperty().get()) {
                budgets.add(budget.flops());
            }
        }
        state.put("path_rule", viewModel.pathRuleProperty().get().name());
        return session.withViewState(LossValleyModule.ID, state);
    }

    @Override
    public void restore(LossValleyViewModel viewModel, Session session) {
        ObjectNode state = session.viewState(LossValleyModule.ID);
        if (state.has("budgets_shown")) {
            List<Double> shown = new ArrayList<>();
            state.get("budgets_shown").forEach(flops -> shown.add(flops.asDouble()));
            for (LossValleyViewModel.BudgetChoice budget : viewModel.budgets()) {
                budget.shownProperty().set(shown.contains(budget.flops()));
            }
        }
        if (state.has("path_rule")) {
            try {
                viewModel.pathRuleProperty().set(OptimumRule.valueOf(state.get("path_rule").asText()));
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Session path rule passed over: " + state.get("path_rule"));
            }
        }
    }

    @Override
    public List<Observable> changes(LossValleyViewModel viewModel) {
        List<Observable> changes = new ArrayList<>(List.of(viewModel.pathRuleProperty()));
        viewModel.budgets().forEach(budget -> changes.add(budget.shownProperty()));
        return changes;
    }
}

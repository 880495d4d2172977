package org.scalingexplorer.ui.isoflop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import javafx.beans.Observable;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.scenario.ViewSettings;
import org.scalingexplorer.ui.view.ViewState;

/**
 * What the IsoFLOP view keeps in a session: its budget range (as named settings a lesson may set), the
 * number of budgets, the comparison law and whether the two are overlaid.
 */
final class IsoFlopState implements ViewState<IsoFlopViewModel> {
    static final IsoFlopState STATE = new IsoFlopState();
    private static final System.Logger LOG = System.getLogger(IsoFlopState.class.getName());

    private IsoFlopState() {
    }

    @Override
    public void register(IsoFlopViewModel viewModel, ViewSettings settings) {
        settings.register("isoflop.log10_min_flops", viewModel.log10MinFlopsProperty());
        settings.register("isoflop.log10_max_flops", viewModel.log10MaxFlopsProperty());
        javafx.beans.property.IntegerProperty count = viewModel.budgetCountProperty();
        settings.register("isoflop.budget_count", count, count::get, value -> {
            if (value != Math.rint(value) || value < IsoFlopViewModel.MIN_BUDGETS || value > IsoFlopViewModel.MAX_BUDGETS) {
                throw new IllegalArgumentException("setting isoflop.budget_count must be a whole number from "
                        + IsoFlopViewModel.MIN_BUDGETS + " to " + IsoFlopViewModel.MAX_BUDGETS + ", got " + value);
            }
            count.set((int) value);
        });
    }

    @Override
    public Session save(IsoFlopViewModel viewModel, Session session) {
        ObjectNode state = session.viewState(IsoFlopModule.ID);
        state.put("budget_count", viewModel.budgetCountProperty().get());
        state.put("comparison", viewModel.comparisonProperty().get().id());
        state.put("overlay", viewModel.overlayProperty().get());
        return session.withViewState(IsoFlopModule.ID, state);
    }

    @Override
    public void restore(IsoFlopViewModel viewModel, Session session) {
        ObjectNode state = session.viewState(IsoFlopModule.ID);
        if (state.has("budget_count")) {
            int count = state.get("budget_count").asInt();
            if (count >= IsoFlopViewModel.MIN_BUDGETS && count <= IsoFlopViewModel.MAX_BUDGETS) {
                viewModel.budgetCountProperty().set(count);
            } else {
                LOG.log(System.Logger.Level.WARNING, "Session isoFLOP budget count passed over: " + count);
            }
        }
        if (state.has("comparison")) {
            try {
                viewModel.comparisonProperty().set(LawPreset.fromId(state.get("comparison").asText()));
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Session comparison law passed over: " + e.getMessage());
            }
        }
        if (state.has("overlay")) {
            viewModel.overlayProperty().set(state.get("overlay").asBoolean());
        }
    }

    @Override
    public List<Observable> changes(IsoFlopViewModel viewModel) {
        return List.of(viewModel.budgetCountProperty(), viewModel.comparisonProperty(), viewModel.overlayProperty());
    }
}

package org.scalingexplorer.ui.allocation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import javafx.beans.Observable;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.engine.compute.Accelerator;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.ui.scenario.ViewSettings;
import org.scalingexplorer.ui.view.ViewState;

/**
 * What the Allocation view keeps in a session: the budget as typed (exactly, beside the slider's named
 * setting), the hardware, MFU and price, the optimum rule and the expected inference tokens.
 */
final class AllocationState implements ViewState<AllocationViewModel> {
    static final AllocationState STATE = new AllocationState();
    private static final System.Logger LOG = System.getLogger(AllocationState.class.getName());

    private AllocationState() {
    }

    @Override
    public void register(AllocationViewModel viewModel, ViewSettings settings) {
        settings.register("allocation.log10_flops", viewModel.log10FlopsProperty());
        settings.register("allocation.mfu", viewModel.mfuProperty());
        settings.register("allocation.usd_per_gpu_hour", viewModel.usdPerGpuHourProperty());
    }

    @Override
    public Session save(AllocationViewModel viewModel, Session session) {
        ObjectNode state = session.viewState(AllocationModule.ID);
        state.put("flops", viewModel.flopsProperty().get());
        state.put("accelerator", viewModel.acceleratorProperty().get().name());
        state.put("rule", viewModel.ruleProperty().get().name());
        state.put("inference_tokens", viewModel.inferenceTokensProperty().get());
        return session.withViewState(AllocationModule.ID, state);
    }

    @Override
    public void restore(AllocationViewModel viewModel, Session session) {
        ObjectNode state = session.viewState(AllocationModule.ID);
        if (state.has("flops") && !viewModel.submitBudget(Double.toString(state.get("flops").asDouble()))) {
            LOG.log(System.Logger.Level.WARNING, "Session budget passed over: " + state.get("flops"));
        }
        if (state.has("accelerator")) {
            String name = state.get("accelerator").asText();
            Accelerator.presets().stream().filter(a -> a.name().equals(name)).findFirst().ifPresentOrElse(
                    viewModel.acceleratorProperty()::set,
                    () -> LOG.log(System.Logger.Level.WARNING, "Session accelerator passed over: " + name));
        }
        if (state.has("rule")) {
            try {
                viewModel.ruleProperty().set(OptimumRule.valueOf(state.get("rule").asText()));
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Session optimum rule passed over: " + state.get("rule"));
            }
        }
        if (state.has("inference_tokens")
                && !viewModel.submitInferenceTokens(Double.toString(state.get("inference_tokens").asDouble()))) {
            LOG.log(System.Logger.Level.WARNING, "Session inference tokens passed over: "
                    + state.get("inference_tokens"));
        }
    }

    @Override
    public List<Observable> changes(AllocationViewModel viewModel) {
        return List.of(viewModel.flopsProperty(), viewModel.acceleratorProperty(), viewModel.ruleProperty(),
                viewModel.inferenceTokensProperty());
    }
}

package org.scalingexplorer.ui.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.repetition.DataPool;
import org.scalingexplorer.ui.control.QuantityModel;
import org.scalingexplorer.ui.scenario.ViewSettings;
import org.scalingexplorer.ui.view.ViewState;

/**
 * What the Data view keeps in a session: the pool, epochs, N and C (named settings a lesson may set),
 * the test sets' offsets, the mixture weight and the user's data pools.
 */
final class DataState implements ViewState<DataViewModel> {
    static final DataState STATE = new DataState();
    private static final System.Logger LOG = System.getLogger(DataState.class.getName());

    private DataState() {
    }

    @Override
    public void register(DataViewModel viewModel, ViewSettings settings) {
        settings.register("data.unique_tokens", viewModel.quantity(DataViewModel.UNIQUE_TOKENS));
        settings.register("data.epochs", viewModel.quantity(DataViewModel.EPOCHS));
        settings.register("data.params", viewModel.quantity(DataViewModel.PARAMS));
        settings.register("data.flops", viewModel.quantity(DataViewModel.FLOPS));
        // The quality sliders too, so that Edit > Undo and a lesson reach them; the session keeps them in
        // the view's state as well, which older files rely on.
        for (int k = 0; k < viewModel.testSetOffsets().size(); k++) {
            settings.register("data.test_set_offset." + k, viewModel.testSetOffsets().get(k));
        }
        settings.register("data.mixture_weight", viewModel.mixtureWeight());
    }

    @Override
    public Session save(DataViewModel viewModel, Session session) {
        ObjectNode state = session.viewState(DataModule.ID);
        ArrayNode offsets = state.putArray("test_set_offsets");
        viewModel.testSetOffsets().forEach(offset -> offsets.add(offset.value()));
        state.put("mixture_weight", viewModel.mixtureWeight().value());
        ArrayNode pools = state.putArray("pools");
        for (DataPool pool : viewModel.pools()) {
            ObjectNode row = pools.addObject();
            row.put("name", pool.name());
            row.put("unique_tokens", pool.uniqueTokens());
            row.put("quality_offset", pool.qualityOffset());
        }
        return session.withViewState(DataModule.ID, state);
    }

    @Override
    public void restore(DataViewModel viewModel, Session session) {
        ObjectNode state = session.viewState(DataModule.ID);
        JsonNode offsets = state.path("test_set_offsets");
        for (int k = 0; k < Math.min(offsets.size(), viewModel.testSetOffsets().size()); k++) {
            submit(viewModel.testSetOffsets().get(k), offsets.get(k));
        }
        if (state.has("mixture_weight")) {
            submit(viewModel.mixtureWeight(), state.get("mixture_weight"));
        }
        if (state.has("pools")) {
            List<DataPool> pools = new ArrayList<>();
            try {
                for (JsonNode row : state.get("pools")) {
                    pools.add(new DataPool(row.path("name").asText(), row.path("unique_tokens").asDouble(),
                            row.path("quality_offset").asDouble()));
                }
                viewModel.setPools(pools);
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Session data pools passed over: " + e.getMessage());
            }
        }
    }

    private static void submit(QuantityModel quantity, JsonNode value) {
        if (!quantity.submit(Double.toString(value.asDouble()))) {
            LOG.log(System.Logger.Level.WARNING, "Session " + quantity.key() + " passed over: " + value);
        }
    }

    @Override
    public List<Observable> changes(DataViewModel viewModel) {
        List<Observable> changes = new ArrayList<>(List.of(viewModel.poolsProperty(),
                viewModel.mixtureWeight().valueProperty()));
        viewModel.testSetOffsets().forEach(offset -> changes.add(offset.valueProperty()));
        return changes;
    }
}

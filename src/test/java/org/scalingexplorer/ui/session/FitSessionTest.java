package org.scalingexplorer.ui.session;

import org.scalingexplorer.ui.fit.FitModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.ui.fit.FitApproach;
import org.scalingexplorer.ui.fit.FitViewModel;
import org.scalingexplorer.ui.fit.FitViewModel.Status;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Fit view's runs and fit go into a session and come back, fitted again to the same numbers. */
class FitSessionTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        org.scalingexplorer.ui.shell.ExplorerWindowFixture.startToolkit();
    }

    private static void await(FitViewModel fit, Status wanted) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fit.status() == wanted
                || fit.status() == Status.FIT_FAILED || fit.status() == Status.LOAD_FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(wanted, fit.status(), fit.errorMessageProperty().get());
    }

    @Test
    void importedRunsAndTheirFitSurviveASaveAndOpen(@TempDir Path dir) throws Exception {
        ExplorerModels first = onFx(ExplorerModels::new);
        SessionController saving = onFx(() -> new SessionController(first, new SimpleStringProperty("fit")));
        onFx(() -> {
            first.viewModel(FitModule.MODULE).loadSample();
            return null;
        });
        await(first.viewModel(FitModule.MODULE), Status.LOADED);
        assertTrue(saving.dirtyProperty().get(), "loaded runs are unsaved work");
        onFx(() -> {
            first.viewModel(FitModule.MODULE).settings().resamplesProperty().set(0);
            first.viewModel(FitModule.MODULE).settings().objectiveKindProperty().set(org.scalingexplorer.ui.fit.Approach3Objective.Kind.LOWER_ENVELOPE);
            first.viewModel(FitModule.MODULE).settings().submitEnvelopeLambda("4");
            first.viewModel(FitModule.MODULE).fit();
            return null;
        });
        await(first.viewModel(FitModule.MODULE), Status.FITTED);
        double alpha = first.viewModel(FitModule.MODULE).result().parameter("alpha").value();
        Path file = dir.resolve("fit.slx.json");
        onFx(() -> {
            saving.save(file);
            return null;
        });
        String json = Files.readString(file);
        assertTrue(json.contains("\"imported_runs\""), "runs are in the file");

        ExplorerModels second = onFx(ExplorerModels::new);
        SessionController opening = onFx(() -> new SessionController(second, new SimpleStringProperty("")));
        onFx(() -> opening.open(file));
        assertEquals(245, second.viewModel(FitModule.MODULE).runs().size());
        assertEquals(5, second.viewModel(FitModule.MODULE).settings().excludeHighestLossProperty().get());
        assertEquals(0, second.viewModel(FitModule.MODULE).settings().resamplesProperty().get());
        assertEquals(FitApproach.APPROACH_3, second.viewModel(FitModule.MODULE).settings().approachProperty().get());
        assertEquals(org.scalingexplorer.ui.fit.Approach3Objective.Kind.LOWER_ENVELOPE,
                second.viewModel(FitModule.MODULE).settings().objectiveKindProperty().get());
        assertEquals(4, second.viewModel(FitModule.MODULE).settings().envelopeLambdaProperty().get(), 1e-12);
        await(second.viewModel(FitModule.MODULE), Status.FITTED);
        assertEquals(alpha, second.viewModel(FitModule.MODULE).result().parameter("alpha").value(), 1e-9);
        assertFalse(opening.dirtyProperty().get(), "a session just opened has nothing unsaved");
    }
}

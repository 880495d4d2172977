package org.scalingexplorer.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.scalingexplorer.ui.shell.ExplorerModels;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Fit view's runs and fit go into a session and come back, fitted again to the same numbers. */
class FitSessionTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(120, TimeUnit.SECONDS);
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
        SessionController saving = onFx(() -> new SessionController(first.scenario(), new SimpleStringProperty("fit"),
                first.viewSettings(), first.fit()));
        onFx(() -> {
            first.fit().loadSample();
            return null;
        });
        await(first.fit(), Status.LOADED);
        assertTrue(saving.dirtyProperty().get(), "loaded runs are unsaved work");
        onFx(() -> {
            first.fit().resamplesProperty().set(0);
            first.fit().objectiveKindProperty().set(org.scalingexplorer.ui.fit.Approach3Objective.Kind.LOWER_ENVELOPE);
            first.fit().submitEnvelopeLambda("4");
            first.fit().fit();
            return null;
        });
        await(first.fit(), Status.FITTED);
        double alpha = first.fit().result().parameter("alpha").value();
        Path file = dir.resolve("fit.slx.json");
        onFx(() -> {
            saving.save(file);
            return null;
        });
        String json = Files.readString(file);
        assertTrue(json.contains("\"imported_runs\""), "runs are in the file");

        ExplorerModels second = onFx(ExplorerModels::new);
        SessionController opening = onFx(() -> new SessionController(second.scenario(), new SimpleStringProperty(""),
                second.viewSettings(), second.fit()));
        onFx(() -> opening.open(file));
        assertEquals(245, second.fit().runs().size());
        assertEquals(5, second.fit().excludeHighestLossProperty().get());
        assertEquals(0, second.fit().resamplesProperty().get());
        assertEquals(FitApproach.APPROACH_3, second.fit().approachProperty().get());
        assertEquals(org.scalingexplorer.ui.fit.Approach3Objective.Kind.LOWER_ENVELOPE,
                second.fit().objectiveKindProperty().get());
        assertEquals(4, second.fit().envelopeLambdaProperty().get(), 1e-12);
        await(second.fit(), Status.FITTED);
        assertEquals(alpha, second.fit().result().parameter("alpha").value(), 1e-9);
        assertFalse(opening.dirtyProperty().get(), "a session just opened has nothing unsaved");
    }
}

package org.scalingexplorer.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.ui.shell.ExplorerModels;

/** Budgets, windows and data sliders go into a session and come back, and mark unsaved work. */
class ViewSettingsSessionTest {

    @Test
    void viewSettingsSurviveASaveAndOpen(@TempDir Path dir) throws Exception {
        ExplorerModels first = new ExplorerModels();
        SessionController saving = new SessionController(first.scenario(),
                new javafx.beans.property.SimpleStringProperty("allocation"), first.viewSettings());
        assertFalse(saving.dirtyProperty().get());
        first.allocation().log10FlopsProperty().set(25);
        assertTrue(saving.dirtyProperty().get(), "a budget change is unsaved work");
        first.viewSettings().set("data.epochs", 12);
        first.isoFlop().log10MaxFlopsProperty().set(26);
        Path file = dir.resolve("s.slx.json");
        saving.save(file);
        assertTrue(Files.readString(file).contains("\"allocation.log10_flops\" : 25.0"), Files.readString(file));

        ExplorerModels second = new ExplorerModels();
        SessionController opening = new SessionController(second.scenario(),
                new javafx.beans.property.SimpleStringProperty(""), second.viewSettings());
        opening.open(file);
        assertEquals(25, second.allocation().log10FlopsProperty().get(), 1e-12);
        assertEquals(12, second.viewSettings().get("data.epochs"), 1e-9);
        assertEquals(26, second.isoFlop().log10MaxFlopsProperty().get(), 1e-12);
        assertFalse(opening.dirtyProperty().get());
    }
}

package org.scalingexplorer.ui.session;

import org.scalingexplorer.ui.isoflop.IsoFlopModule;
import org.scalingexplorer.ui.allocation.AllocationModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.ui.registry.ExplorerModels;

/** Budgets, windows and data sliders go into a session and come back, and mark unsaved work. */
class ViewSettingsSessionTest {

    @Test
    void viewSettingsSurviveASaveAndOpen(@TempDir Path dir) throws Exception {
        ExplorerModels first = new ExplorerModels();
        SessionController saving = new SessionController(first, new javafx.beans.property.SimpleStringProperty("allocation"));
        assertFalse(saving.dirtyProperty().get());
        first.viewModel(AllocationModule.MODULE).log10FlopsProperty().set(25);
        assertTrue(saving.dirtyProperty().get(), "a budget change is unsaved work");
        first.viewSettings().set("data.epochs", 12);
        first.viewModel(IsoFlopModule.MODULE).log10MaxFlopsProperty().set(26);
        Path file = dir.resolve("s.slx.json");
        saving.save(file);
        assertTrue(Files.readString(file).contains("\"allocation.log10_flops\" : 25.0"), Files.readString(file));

        ExplorerModels second = new ExplorerModels();
        SessionController opening = new SessionController(second, new javafx.beans.property.SimpleStringProperty(""));
        opening.open(file);
        assertEquals(25, second.viewModel(AllocationModule.MODULE).log10FlopsProperty().get(), 1e-12);
        assertEquals(12, second.viewSettings().get("data.epochs"), 1e-9);
        assertEquals(26, second.viewModel(IsoFlopModule.MODULE).log10MaxFlopsProperty().get(), 1e-12);
        assertFalse(opening.dirtyProperty().get());
    }
}

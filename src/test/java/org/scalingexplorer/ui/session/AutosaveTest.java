package org.scalingexplorer.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.io.SessionFile;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.view.WorkMode;

/** The autosave writes only changes, a crash leaves it to be restored, a clean exit does not. */
class AutosaveTest {

    @TempDir
    Path dir;

    private final ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
    private final ScenarioModel scenario = models.scenario();
    private final SessionController sessions = new SessionController(models, new SimpleStringProperty("power-laws"));
    private final SimpleLongProperty lastCleanExit = new SimpleLongProperty(0);

    @Test
    void theNextStartRemovesTheTemporaryFileAKilledAutosaveLeft() throws Exception {
        Path leftover = Files.writeString(dir.resolve("." + Autosave.FILE_NAME + "8231942.part"), "{\"half\": ");
        Path unrelated = Files.writeString(dir.resolve("notes.part"), "someone else's");
        new Autosave(sessions, lastCleanExit, dir);
        assertFalse(Files.exists(leftover), "the killed write's temporary file is gone");
        assertTrue(Files.exists(unrelated), "a file that is not ours stays");
    }

    @Test
    void nothingChangedNothingWritten() throws Exception {
        Autosave autosave = new Autosave(sessions, lastCleanExit, dir);
        autosave.saveIfChanged();
        autosave.awaitWrites();
        assertFalse(Files.exists(autosave.file()));
        assertTrue(autosave.recoverable().isEmpty());
    }

    @Test
    void aCrashLeavesWorkToRestore() throws Exception {
        Autosave autosave = new Autosave(sessions, lastCleanExit, dir);
        scenario.setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.BETA, 0.31);
        autosave.saveIfChanged();
        autosave.awaitWrites();
        // The process dies here: no stop(), so no clean exit is recorded.
        Path left = autosave.recoverable().orElseThrow();
        assertEquals(0.31, SessionFile.read(left).law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.BETA));

        ExplorerModels nextModels = new ExplorerModels(WorkMode.INLINE);
        ScenarioModel next = nextModels.scenario();
        SessionController restored = new SessionController(nextModels, new SimpleStringProperty(""));
        restored.restore(SessionFile.read(left));
        assertEquals(0.31, next.law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.BETA));
        assertTrue(restored.dirtyProperty().get(), "restored work is unsaved until saved");
        assertEquals("power-laws", restored.capture().lastView());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "a temporary file was left behind");
        }
    }

    @Test
    void aCleanExitWritesTheLastChangesAndNeedsNoRescue() throws Exception {
        Autosave autosave = new Autosave(sessions, lastCleanExit, dir);
        scenario.activePresetProperty().set(LawPreset.EPOCH_2024);
        autosave.stop();
        assertEquals(LawPreset.EPOCH_2024, SessionFile.read(autosave.file()).activePreset());
        assertTrue(lastCleanExit.get() > 0);
        assertTrue(autosave.recoverable().isEmpty());
    }

    @Test
    void anUnreadableAutosaveIsSetAsideWithItsBytes() throws Exception {
        Autosave autosave = new Autosave(sessions, lastCleanExit, dir);
        Files.writeString(autosave.file(), "{\"format_version\": \"1.0\", \"laws\": {\"kap");
        Files.setLastModifiedTime(autosave.file(), FileTime.fromMillis(System.currentTimeMillis()));
        Path left = autosave.recoverable().orElseThrow();
        byte[] bytes = Files.readAllBytes(left);
        Path aside = autosave.setAsideUnreadable();
        assertFalse(Files.exists(autosave.file()));
        assertEquals(new String(bytes), Files.readString(aside));
    }

    @Test
    void defaultDirectoryFollowsTheSystemProperty() {
        String before = System.getProperty(Autosave.DIRECTORY_PROPERTY);
        try {
            System.setProperty(Autosave.DIRECTORY_PROPERTY, dir.toString());
            assertEquals(dir, Autosave.defaultDirectory());
        } finally {
            if (before == null) {
                System.clearProperty(Autosave.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(Autosave.DIRECTORY_PROPERTY, before);
            }
        }
    }
}

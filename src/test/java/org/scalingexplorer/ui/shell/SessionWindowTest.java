package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.export.ExportChoice;
import org.scalingexplorer.ui.export.ExportDialog;
import org.scalingexplorer.ui.export.ExportFormat;
import org.scalingexplorer.ui.export.ExportRequest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu in a real (headless) window: save and open, a refused file, recent files, export choices. */
@ExtendWith(ApplicationExtension.class)
class SessionWindowTest {

    @TempDir
    Path dir;

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    @Test
    void fileMenuOffersSessionsAndExports(FxRobot robot) {
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> items = menus.getMenus().get(0).getItems().stream().map(MenuItem::getText)
                .filter(text -> text != null).toList();
        assertEquals(List.of("Open training runs (CSV or TSV)…", "Open learning curves…", "Open session…", "Open recent", "Save session", "Save session as…", "Export view…",
                "Copy view as image", "Export report…", "Quit"), items);
    }

    @Test
    void savedSessionOpensBackIntoTheWindow(FxRobot robot) throws Exception {
        Path file = dir.resolve("memo.slx.json");
        var scenario = fixture.models.scenario();
        robot.interact(() -> {
            scenario.setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.ALPHA, 0.45);
            scenario.activePresetProperty().set(LawPreset.EPOCH_2024);
        });
        assertTrue(fixture.window.sessions().dirtyProperty().get());
        robot.interact(() -> fixture.window.sessionActions().saveTo(file));
        assertFalse(fixture.window.sessions().dirtyProperty().get());
        assertEquals(file.toAbsolutePath(), fixture.window.sessions().fileProperty().get());
        assertEquals(List.of(file.toAbsolutePath().toString()), fixture.settings.recentSessions());

        robot.interact(() -> {
            scenario.reset(LawPreset.CHINCHILLA_2022);
            scenario.activePresetProperty().set(LawPreset.KAPLAN_2020);
        });
        robot.interact(() -> fixture.window.sessionActions().open(file));
        assertEquals(0.45, scenario.law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.ALPHA));
        assertEquals(LawPreset.EPOCH_2024, scenario.activePreset());
        assertFalse(fixture.window.sessions().dirtyProperty().get());
        @SuppressWarnings("unchecked")
        ComboBox<LawPreset> chooser = robot.lookup("#law-chooser").queryAs(ComboBox.class);
        assertEquals(LawPreset.EPOCH_2024, chooser.getValue());
    }

    @Test
    void refusedSessionIsNamedAndChangesNothing(FxRobot robot) throws Exception {
        Path file = dir.resolve("future.slx.json");
        Files.writeString(file, "{\"format_version\": \"3.1\", \"laws\": {}}");
        byte[] before = Files.readAllBytes(file);
        var scenario = fixture.models.scenario();
        robot.interact(() -> scenario.setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.E, 1.75));
        robot.interact(() -> fixture.window.sessionActions().open(file));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane error = robot.lookup("#file-error").queryAs(DialogPane.class);
        assertTrue(error.getContentText().contains(file.toString()), error.getContentText());
        assertTrue(error.getContentText().contains("newer"), error.getContentText());
        assertEquals(1.75, scenario.law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.E));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertTrue(fixture.settings.recentSessions().isEmpty());
        robot.interact(() -> error.getScene().getWindow().hide());
    }

    @Test
    void exportDialogChoosesOneChartAtAScale(FxRobot robot) {
        ExportChoice[] chosen = new ExportChoice[1];
        ExportRequest[] request = new ExportRequest[1];
        robot.interact(() -> {
            ExportDialog dialog = new ExportDialog(null, fixture.window.bundle(),
                    java.util.Arrays.asList("Loss against parameters", "Loss against data", "Loss at the optimum", null),
                    "Power laws");
            DialogPane pane = dialog.dialog().getDialogPane();
            @SuppressWarnings("unchecked")
            ComboBox<Integer> content = (ComboBox<Integer>) pane.lookup("#export-content");
            assertEquals(4, content.getItems().size(), "the whole view and three charts; the text panel is no chart");
            content.setValue(1);
            @SuppressWarnings("unchecked")
            ComboBox<ExportFormat> format = (ComboBox<ExportFormat>) pane.lookup("#export-format");
            format.setValue(ExportFormat.PNG);
            @SuppressWarnings("unchecked")
            Spinner<Integer> scale = (Spinner<Integer>) pane.lookup("#export-scale");
            scale.getValueFactory().setValue(3);
            chosen[0] = dialog.choice();
            request[0] = fixture.window.exportActions().request("power-laws", chosen[0]);
        });
        assertEquals(1, chosen[0].cell());
        assertEquals(3, chosen[0].scale());
        assertTrue(chosen[0].printTheme());
        assertEquals(1, request[0].figure().cells().size());
        assertEquals(288, request[0].dpi(), 1e-9);
        assertEquals("Loss against data, model unlimited",
                ((org.jfree.chart.JFreeChart) request[0].figure().cells().get(0)).getTitle().getText());
    }

    @Test
    void theReportShowsEachViewAsTheUserSetItUp(FxRobot robot) throws Exception {
        var allocation = fixture.models.viewModel(org.scalingexplorer.ui.allocation.AllocationModule.MODULE);
        var data = fixture.models.viewModel(org.scalingexplorer.ui.data.DataModule.MODULE);
        robot.interact(() -> {
            allocation.submitBudget("3.3e24");
            allocation.submitInferenceTokens("2T");
            data.quantity(org.scalingexplorer.ui.data.DataViewModel.EPOCHS).submit("12");
        });
        Path pdf = dir.resolve("report.pdf");
        robot.interact(() -> fixture.window.exportActions().reportTo(pdf, List.of("allocation", "data"), "Memo", true));
        ExplorerWindowFixture.await(() -> Files.exists(pdf) && !fixture.window.exportingProperty().get());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var text = new org.apache.pdfbox.text.PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            String allocationPage = text.getText(document);
            assertTrue(allocationPage.contains("Compute-optimal allocation of 3.3e24 FLOPs"), allocationPage);
            assertTrue(allocationPage.contains("With inference"), "the inference tokens typed are in the report");
            text.setStartPage(2);
            text.setEndPage(2);
            String dataPage = text.getText(document);
            // The repetition chart marks the user's run at the epochs typed.
            assertTrue(dataPage.contains("your run: 12.0"), dataPage);
        }
    }

    @Test
    void aFailedExportIsADialogWithTheReasonNotAnUncaughtException(FxRobot robot) throws Exception {
        Path notAFolder = dir.resolve("plain-file");
        Files.writeString(notAFolder, "a file where the export wants a folder");
        Path target = notAFolder.resolve("chart.png");
        robot.interact(() -> fixture.window.exportCurrentView(target,
                new ExportChoice(ExportFormat.PNG, -1, 800, 500, 1, false, "", "")));
        ExplorerWindowFixture.await(() -> !fixture.window.exportingProperty().get()
                && !robot.lookup("#file-error").queryAll().isEmpty());
        DialogPane error = robot.lookup("#file-error").queryAs(DialogPane.class);
        assertTrue(error.getHeaderText().contains("chart.png"), error.getHeaderText());
        assertFalse(error.getContentText().isBlank(), "the dialog says why");
        assertFalse(Files.exists(target));
        robot.interact(() -> error.getScene().getWindow().hide());
    }
}

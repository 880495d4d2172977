package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.TestRuns;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.io.SessionFile;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.export.CsvExporter;
import org.scalingexplorer.ui.export.ExportChoice;
import org.scalingexplorer.ui.export.ExportFormat;
import org.scalingexplorer.ui.fit.FitModule;
import org.scalingexplorer.ui.fit.FitViewModel;
import org.scalingexplorer.ui.plan.PlanModule;
import org.scalingexplorer.ui.plan.PlanViewModel;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;
import org.scalingexplorer.ui.view.WorkMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every registered view, walked as a user would in one window: it opens, it exports PNG, SVG, PDF and
 * CSV of what it shows (through the File menu's background export), and its settings survive a
 * session saved and opened in a new window. A view added to the registry is walked without a line here.
 */
@ExtendWith(ApplicationExtension.class)
class ViewModulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    void everyRegisteredViewOpensExportsItsLiveStateAndKeepsItsSettings(FxRobot robot) throws Exception {
        giveTheLongRunningViewsSomethingToShow(robot);
        Set<String> ids = new HashSet<>();
        for (ViewModule<?> module : ViewRegistry.MODULES) {
            assertTrue(ids.add(module.id()), "two views share the id " + module.id());
            ExplorerWindowFixture.openView(robot, module.id());
            ViewPane view = fixture.window.currentView();
            assertNotNull(view, module.id() + " did not open");
            assertEquals(module.id(), fixture.window.currentViewId());
            assertTrue(fixture.window.bundle().containsKey(module.titleKey()), module.id() + " has no title");
            assertTrue(fixture.window.bundle().containsKey(module.titleKey() + ".tooltip"), module.id());
            for (ExportFormat format : ExportFormat.values()) {
                Path file = dir.resolve(module.id() + "." + format.extension());
                ExportChoice choice = new ExportChoice(format, -1, 1200, 800, 1, false, "", "");
                robot.interact(() -> fixture.window.exportActions().exportTo(file, choice));
                await(() -> Files.exists(file) && !fixture.window.exportJobs().runningProperty().get());
                check(module.id(), format, file);
            }
            assertTheCsvIsWhatTheViewModelShows(module.id(), dir.resolve(module.id() + ".csv"));
        }
        assertTheSessionComesBackWhole();
    }

    /** Runs and a fit in the Fit view, a study in the Plan view: their figures then show work, not placeholders. */
    private void giveTheLongRunningViewsSomethingToShow(FxRobot robot) {
        FitViewModel fit = fixture.models.viewModel(FitModule.MODULE);
        List<TrainingRun> runs = new ArrayList<>();
        for (double[] run : TestRuns.twelve()) {
            runs.add(new TrainingRun(run[0], run[1], run[2], run[3], Double.NaN, "", ""));
        }
        robot.interact(() -> {
            fit.restoreRuns("mine.csv", false, runs);
            fit.settings().resamplesProperty().set(0);
            fit.fit();
        });
        PlanViewModel plan = fixture.models.viewModel(PlanModule.MODULE);
        robot.interact(() -> {
            plan.budgetCountProperty().set(3);
            plan.perBudgetProperty().set(3);
            plan.repetitionsProperty().set(2);
            plan.run();
        });
        await(() -> fit.status() == FitViewModel.Status.FITTED && plan.result() != null);
    }

    private static void check(String id, ExportFormat format, Path file) throws Exception {
        String what = id + " as " + format;
        switch (format) {
            case PNG -> {
                BufferedImage image = ImageIO.read(file.toFile());
                assertNotNull(image, what);
                assertEquals(1200, image.getWidth(), what);
                assertEquals(800, image.getHeight(), what);
            }
            case SVG -> assertTrue(Files.readString(file).contains("<svg"), what);
            case PDF -> {
                try (PDDocument document = Loader.loadPDF(file.toFile())) {
                    assertEquals(1, document.getNumberOfPages(), what);
                }
            }
            case CSV -> assertTrue(Files.readAllLines(file).get(0).startsWith("chart,series"), what);
        }
    }

    /** The CSV written in the background holds exactly the series the view-model's figure draws now. */
    private void assertTheCsvIsWhatTheViewModelShows(String id, Path csv) throws Exception {
        ByteArrayOutputStream live = new ByteArrayOutputStream();
        CsvExporter.write(ExplorerWindowFixture.onFx(() -> fixture.models.figure(id))
                .draw(new FigureContext(fixture.window.bundle(), ChartStyle.LIGHT)), live);
        assertEquals(live.toString(java.nio.charset.StandardCharsets.UTF_8), Files.readString(csv), id);
    }

    /** Saved and opened in a new window (the command line's, which computes inline), nothing is lost. */
    private void assertTheSessionComesBackWhole() throws Exception {
        Session saved = ExplorerWindowFixture.onFx(() -> fixture.window.sessions().capture());
        ExplorerModels reopened = new ExplorerModels(WorkMode.INLINE);
        reopened.apply(SessionFile.parse(SessionFile.toBytes(saved), dir.resolve("walk.slx.json")));
        JsonNode before = tree(saved);
        JsonNode after = tree(reopened.capture(saved.lastView(), Session.published()));
        assertEquals(before, after);
        assertFalse(before.path("view_state").isEmpty(), "views keep state of their own");
    }

    private static JsonNode tree(Session session) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(SessionFile.toBytes(session));
        tree.remove("saved_at");
        return tree;
    }
}

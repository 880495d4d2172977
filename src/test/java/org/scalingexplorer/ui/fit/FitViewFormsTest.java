package org.scalingexplorer.ui.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.engine.fit.HoldoutAxis;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.fit.FitViewModel.Status;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Fit view's law forms as a user drives them: compare forms, hold out the largest models, read
 * the held-out runs and the warnings, and make the fit the law every view explores. Headless on Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class FitViewFormsTest {

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @BeforeEach
    void openFitView(FxRobot robot) {
        ListCell<?> fit = robot.lookup("#navigation .list-cell")
                .match((ListCell<?> cell) -> "Fit".equals(cell.getText())).queryAs(ListCell.class);
        robot.clickOn(fit);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    private FitViewModel viewModel() {
        return fixture.models.viewModel(FitModule.MODULE);
    }

    private void awaitStatus(Status wanted) throws TimeoutException {
        FitViewModel viewModel = viewModel();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> viewModel.status() == wanted
                || viewModel.status() == Status.LOAD_FAILED || viewModel.status() == Status.FIT_FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(wanted, viewModel.status(), viewModel.errorMessageProperty().get());
    }

    @Test
    @SuppressWarnings("unchecked")
    void comparingFormsWithAHoldOutByParamsFillsTheTablesAndTheFitBecomesTheLaw(FxRobot robot) throws TimeoutException {
        robot.clickOn("#fit-sample");
        awaitStatus(Status.LOADED);
        ComboBox<Integer> resamples = robot.lookup("#fit-resamples").queryAs(ComboBox.class);
        ComboBox<HoldoutAxis> axis = robot.lookup("#fit-holdout-axis").queryAs(ComboBox.class);
        ComboBox<String> form = robot.lookup("#fit-form").queryAs(ComboBox.class);
        assertEquals("Chinchilla (α, β free)", form.getConverter().toString(form.getValue()));
        robot.interact(() -> {
            resamples.setValue(0);
            axis.setValue(HoldoutAxis.PARAMS);
            robot.lookup("#fit-compare-forms").queryAs(CheckBox.class).setSelected(true);
        });
        assertEquals(HoldoutAxis.PARAMS, viewModel().settings().holdoutAxisProperty().get());
        robot.interact(() -> robot.lookup("#fit-holdout-enabled").queryAs(CheckBox.class).fire());
        assertTrue(viewModel().settings().holdsOut());
        assertFalse(robot.lookup("#fit-holdout").queryAs(TextField.class).getText().isEmpty());
        robot.interact(() -> robot.lookup("#fit-run").queryAs(Button.class).fire());
        awaitStatus(Status.FITTED);

        TableView<?> forms = robot.lookup("#fit-forms").queryAs(TableView.class);
        assertTrue(forms.isVisible());
        assertEquals(4, forms.getItems().size());
        String chosen = (String) forms.getColumns().get(0).getCellData(0);
        assertTrue(chosen.startsWith("✓ "), chosen);
        for (int row = 1; row < 4; row++) {
            assertFalse(((String) forms.getColumns().get(0).getCellData(row)).startsWith("✓"));
        }

        FitResult result = viewModel().result();
        TableView<?> heldOut = robot.lookup("#fit-heldout").queryAs(TableView.class);
        assertTrue(heldOut.isVisible());
        assertEquals(result.holdout().nRuns(), heldOut.getItems().size());
        String interval = (String) heldOut.getColumns().get(2).getCellData(0);
        assertTrue(interval.startsWith("[") && interval.endsWith("]"), interval);
        String summary = robot.lookup("#fit-holdout-result").queryAs(Label.class).getText();
        assertTrue(summary.contains("N > ") && summary.contains("inside their 95% intervals"), summary);

        VBox warnings = robot.lookup("#fit-warnings").queryAs(VBox.class);
        assertEquals(result.warnings().size(), warnings.getChildren().size());

        Button use = robot.lookup("#fit-use-law").queryAs(Button.class);
        assertFalse(use.isDisabled());
        robot.interact(use::fire);
        String report = robot.lookup("#fit-use-law-report").queryAs(Label.class).getText();
        if (result.chinchillaLaw().isPresent()) {
            assertTrue(report.startsWith("Every view now explores the fitted law"), report);
            assertEquals(result.chinchillaLaw().get(), fixture.models.scenario().law(LawPreset.CHINCHILLA_2022));
            robot.interact(() -> robot.lookup("#fit-use-law-undo").queryAs(Button.class).fire());
            assertEquals(LawPreset.CHINCHILLA_2022.law(), fixture.models.scenario().law(LawPreset.CHINCHILLA_2022));
        } else {
            assertTrue(report.contains("is not E + A/N^α + B/D^β"), report);
            assertFalse(fixture.models.scenario().isModified(LawPreset.CHINCHILLA_2022));
        }
    }

    @Test
    void aHoldOutByGroupOffersTheGroupsAndEveryControlExplainsItself(FxRobot robot) throws TimeoutException {
        robot.clickOn("#fit-sample");
        awaitStatus(Status.LOADED);
        @SuppressWarnings("unchecked")
        ComboBox<HoldoutAxis> axis = robot.lookup("#fit-holdout-axis").queryAs(ComboBox.class);
        robot.interact(() -> axis.setValue(HoldoutAxis.GROUP));
        assertTrue(robot.lookup("#fit-holdout-group").queryAs(ComboBox.class).isVisible());
        assertFalse(robot.lookup("#fit-holdout").queryAs(TextField.class).isVisible());

        List<String> ids = List.of("#fit-approach", "#fit-form", "#fit-compare-forms", "#fit-exclude", "#fit-resamples",
                "#fit-target", "#fit-holdout-enabled", "#fit-holdout-axis", "#fit-holdout", "#fit-holdout-group",
                "#fit-objective", "#fit-lambda", "#fit-compare", "#fit-run", "#fit-use-law", "#fit-use-law-undo",
                "#fit-forms", "#fit-heldout");
        for (String id : ids) {
            Node node = robot.lookup(id).query();
            assertNotNull(node, id);
            assertNotNull(((Control) node).getTooltip(), id + " has no tooltip");
            assertNotEquals("", ((Control) node).getTooltip().getText(), id);
        }
    }
}

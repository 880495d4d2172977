package org.scalingexplorer.ui.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.allocation.AllocationViewModel.Row;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Allocation view as a user drives it: type a budget, type inference tokens. Headless. */
@ExtendWith(ApplicationExtension.class)
class AllocationViewTest {

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @BeforeEach
    void openTheView(FxRobot robot) {
        robot.clickOn(robot.lookup("#navigation .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> "Allocation".equals(cell.getText())).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Row> table(FxRobot robot) {
        return robot.lookup("#allocation-table").queryAs(TableView.class);
    }

    /** The text the table shows in a column for the Chinchilla row. */
    private static String chinchillaCell(FxRobot robot, String columnId) {
        TableView<Row> table = table(robot);
        Row chinchilla = table.getItems().stream().filter(r -> r.preset() == LawPreset.CHINCHILLA_2022)
                .findFirst().orElseThrow();
        TableColumn<Row, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
        return String.valueOf(column.getCellObservableValue(chinchilla).getValue());
    }

    @Test
    void typingABudgetChangesTheTableRow(FxRobot robot) {
        assertEquals(LawPreset.values().length, table(robot).getItems().size());
        assertEquals("32.2B", chinchillaCell(robot, "col-params"));
        ExplorerWindowFixture.type(robot, "#budget-field", "1e25");
        assertEquals(1e25, fixture.models.viewModel(AllocationModule.MODULE).result().flops(), 0);
        // N_opt = 32.2B * (1e25 / 5.76e23)^0.4516 = 117B.
        assertEquals("117B", chinchillaCell(robot, "col-params"));
        assertEquals("1e25", robot.lookup("#budget-field").queryAs(TextField.class).getText());
        assertEquals(25, fixture.models.viewModel(AllocationModule.MODULE).log10FlopsProperty().get(), 1e-12, "the slider follows");

        ExplorerWindowFixture.type(robot, "#budget-field", "much");
        assertEquals(1e25, fixture.models.viewModel(AllocationModule.MODULE).result().flops(), 0);
        assertTrue(robot.lookup("#budget-field").queryAs(TextField.class).getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("danger")));
    }

    @Test
    void inferenceTokensShrinkTheModel(FxRobot robot) {
        String computeOptimal = chinchillaCell(robot, "col-params");
        ExplorerWindowFixture.type(robot, "#inference-tokens", "2T");
        assertNotEquals(computeOptimal, chinchillaCell(robot, "col-params"));
        assertTrue(chinchillaCell(robot, "col-inference").startsWith("N 0."), chinchillaCell(robot, "col-inference"));
        assertTrue(table(robot).getColumns().get(table(robot).getColumns().size() - 1).isVisible());
    }

    @Test
    void aConstantChangedElsewhereMovesTheTable(FxRobot robot) {
        String before = chinchillaCell(robot, "col-params");
        robot.interact(() -> fixture.models.scenario().setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.BETA, 0.34));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, chinchillaCell(robot, "col-params"));
    }
}

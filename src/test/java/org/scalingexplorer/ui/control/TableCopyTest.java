package org.scalingexplorer.ui.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+C on a table, as a researcher copies a result into a spreadsheet. */
@ExtendWith(ApplicationExtension.class)
class TableCopyTest {

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    private static String clipboard() {
        return ExplorerWindowFixture.onFx(() -> Clipboard.getSystemClipboard().getString());
    }

    private static void clearClipboard() {
        ExplorerWindowFixture.runOnFx(() -> {
            ClipboardContent empty = new ClipboardContent();
            empty.putString("");
            Clipboard.getSystemClipboard().setContent(empty);
        });
    }

    @Test
    void ctrlCOnTheAllocationTablePutsItsHeaderAndRowsOnTheClipboardAsTabSeparatedText(FxRobot robot) {
        ExplorerWindowFixture.openView(robot, "allocation");
        TableView<?> table = robot.lookup("#allocation-table").queryAs(TableView.class);
        clearClipboard();
        robot.clickOn("#allocation-table .table-row-cell");
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> lines = clipboard().lines().toList();
        int columns = table.getVisibleLeafColumns().size();
        assertEquals(1 + table.getItems().size(), lines.size(), "the header and every row, not just the one clicked");
        assertTrue(table.getItems().size() >= 3);
        String[] header = lines.get(0).split("\t", -1);
        assertEquals(columns, header.length);
        assertEquals("Law", header[0]);
        for (int row = 0; row < table.getItems().size(); row++) {
            String[] cells = lines.get(row + 1).split("\t", -1);
            assertEquals(columns, cells.length, lines.get(row + 1));
            for (int column = 0; column < columns; column++) {
                assertEquals(String.valueOf(table.getVisibleLeafColumns().get(column).getCellData(row)).strip(),
                        cells[column], "row " + row + ", column " + column + " as the table shows it");
            }
        }
        assertEquals(TableCopy.tsv(table), clipboard());
    }

    @Test
    void theVerdictTableIsCopiedByTheSameHandler(FxRobot robot) {
        ExplorerWindowFixture.openView(robot, "allocation");
        TableView<?> table = robot.lookup("#verdict-table").queryAs(TableView.class);
        clearClipboard();
        // Below the fold at this window size: focused as Tab would focus it.
        robot.interact(table::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = clipboard();
        assertEquals(1 + table.getItems().size(), copied.lines().count());
        Object firstModel = table.getVisibleLeafColumns().get(0).getCellData(0);
        assertTrue(copied.lines().toList().get(1).startsWith(firstModel + "\t"), copied);
        assertEquals(TableCopy.tsv(table), copied);
    }

    @Test
    void ctrlCOutsideATableCopiesNoTable(FxRobot robot) {
        ExplorerWindowFixture.openView(robot, "allocation");
        clearClipboard();
        robot.clickOn("#budget-slider");
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", clipboard());
    }
}

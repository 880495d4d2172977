package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.ViewModule;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every registered view as a projector shows it: 1280x800 and 1366x768, with and without the lessons
 * panel, in English and Chinese. No label, button, cell or table header may end in an ellipsis (the
 * text its skin draws must be its whole text) and no chart may be narrower than 480 px. A view added to
 * the registry is held to the same bar.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomLayoutTest {
    static final double MIN_CHART_WIDTH = 480;
    static final int[][] SIZES = {{1280, 800}, {1366, 768}};

    private Stage stage;
    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        // Presentation's large type is on every window of the JVM: the next test's window must not get it.
        ExplorerWindowFixture.runOnFx(() -> fixture.window.presentationProperty().set(false));
        fixture.removePrefs();
    }

    @Test
    void noViewCutsALabelOrSqueezesAChartAtProjectorSizes(FxRobot robot) {
        Set<String> problems = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            robot.interact(() -> fixture.settings.languageProperty().set(language));
            WaitForAsyncUtils.waitForFxEvents();
            for (int[] size : SIZES) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                for (boolean lessons : new boolean[] {false, true}) {
                    robot.interact(() -> fixture.window.lessonsShownProperty().set(lessons));
                    for (ViewModule<?> module : ViewRegistry.MODULES) {
                        ExplorerWindowFixture.openView(robot, module.id());
                        settle(robot);
                        String where = module.id() + " " + size[0] + "x" + size[1] + (lessons ? " +lessons " : " ")
                                + language.locale();
                        problems.addAll(ExplorerWindowFixture.onFx(() -> check(where, stage.getScene().getRoot())));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /**
     * Presentation mode is what a teacher shows at the projector: its large type and the lessons it opens
     * must fit every view at 1280x800 too, in both languages.
     */
    @Test
    void noViewCutsALabelInPresentationModeAtProjectorSize(FxRobot robot) {
        Set<String> problems = new LinkedHashSet<>();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        for (Language language : Language.values()) {
            robot.interact(() -> fixture.settings.languageProperty().set(language));
            robot.interact(() -> fixture.window.presentationProperty().set(true));
            WaitForAsyncUtils.waitForFxEvents();
            for (ViewModule<?> module : ViewRegistry.MODULES) {
                ExplorerWindowFixture.openView(robot, module.id());
                settle(robot);
                String where = module.id() + " 1280x800 presenting " + language.locale();
                problems.addAll(ExplorerWindowFixture.onFx(() -> check(where, stage.getScene().getRoot())));
            }
            robot.interact(() -> fixture.window.presentationProperty().set(false));
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private void settle(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> stage.getScene().getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Every shown Labeled whose drawn text is cut, and every shown chart narrower than the bar. */
    static List<String> check(String where, Parent root) {
        root.applyCss();
        root.layout();
        List<String> problems = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof Labeled labeled && cut(labeled)) {
                problems.add(where + ": \"" + labeled.getText() + "\" is cut to \"" + drawn(labeled) + "\" ("
                        + describe(labeled) + ")");
            } else if (node instanceof Labeled labeled && labeled.isWrapText()) {
                String split = splitWord(labeled);
                if (split != null) {
                    problems.add(where + ": \"" + labeled.getText() + "\" wraps inside the word \"" + split + "\" ("
                            + describe(labeled) + ")");
                }
            }
            if (node instanceof ChartViewer viewer && viewer.getWidth() < MIN_CHART_WIDTH) {
                problems.add(where + ": chart " + viewer.getId() + " is " + Math.round(viewer.getWidth()) + " px wide");
            }
        });
        return problems;
    }

    /** Visits the shown nodes; a hidden one and its children are not on the screen. */
    static void walk(Node node, java.util.function.Consumer<Node> visit) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        visit.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }

    static boolean cut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return false;
        }
        String drawn = drawn(labeled);
        return drawn != null && !drawn.equals(text) && !drawn.replace("\n", "").equals(text.replace("\n", ""));
    }

    /**
     * A word the wrapped text breaks across two lines ("Smalles / t budget C"), or null. A word is a run
     * of Latin letters and digits; Chinese may break between any two characters. The lines are read off
     * the laid-out Text node the skin draws: two neighbouring characters of one word on different lines
     * are a split.
     */
    static String splitWord(Labeled labeled) {
        Text text = drawnText(labeled);
        if (text == null || text.getText() == null) {
            return null;
        }
        String shown = text.getText();
        double previousTop = Double.NaN;
        for (int i = 0; i < shown.length(); i++) {
            if (!wordCharacter(shown.charAt(i))) {
                previousTop = Double.NaN;
                continue;
            }
            double top = new javafx.scene.shape.Path(text.rangeShape(i, i + 1)).getLayoutBounds().getMinY();
            if (!Double.isNaN(previousTop) && Math.abs(top - previousTop) > text.getFont().getSize() / 2) {
                int start = i;
                while (start > 0 && wordCharacter(shown.charAt(start - 1))) {
                    start--;
                }
                int end = i;
                while (end < shown.length() && wordCharacter(shown.charAt(end))) {
                    end++;
                }
                return shown.substring(start, i) + " / " + shown.substring(i, end);
            }
            previousTop = top;
        }
        return null;
    }

    private static boolean wordCharacter(char c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }

    /** The text the skin draws: the LabeledText node's, which the skin cuts and ends with the ellipsis. */
    static String drawn(Labeled labeled) {
        Text text = drawnText(labeled);
        return text == null ? null : text.getText();
    }

    private static Text drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    private static String describe(Labeled labeled) {
        StringBuilder path = new StringBuilder(labeled.getClass().getSimpleName());
        Node node = labeled.getParent();
        for (int i = 0; i < 6 && node != null; i++, node = node.getParent()) {
            if (node.getId() != null) {
                path.append(" in #").append(node.getId());
                break;
            }
        }
        Bounds bounds = labeled.getLayoutBounds();
        return path + ", " + Math.round(bounds.getWidth()) + " px";
    }
}

package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Views die with their window content: after language and theme switches every old view, the old
 * lessons panel and the old window content (menus, toolbar) are collected, and a slider step redraws
 * only the view on screen, never a hidden or an old one.
 */
@ExtendWith(ApplicationExtension.class)
class ViewLifetimeTest {

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    /** Every view built once, and the lessons panel shown, as a user who looked at everything. */
    private List<Object> buildEverything(FxRobot robot) {
        robot.interact(() -> fixture.window.lessonsShownProperty().set(true));
        List<Object> built = new ArrayList<>();
        for (ViewModule<?> module : ViewRegistry.MODULES) {
            ExplorerWindowFixture.openView(robot, module.id());
            built.add(fixture.window.currentView());
        }
        built.add(robot.lookup("#lessons-panel").query());
        built.add(fixture.window.rootProperty().get());
        built.add(robot.lookup(".tool-bar").query());
        return built;
    }

    @Test
    void oldViewsAreCollectedAfterLanguageAndThemeSwitches(FxRobot robot) throws Exception {
        List<WeakReference<Object>> old = new ArrayList<>();
        for (Object node : buildEverything(robot)) {
            old.add(new WeakReference<>(node));
        }
        Parent firstRoot = fixture.window.rootProperty().get();
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> fixture.settings.languageProperty().set(Language.SIMPLIFIED_CHINESE));
            robot.interact(() -> fixture.settings.themeProperty().set(ThemeChoice.DARK));
            robot.interact(() -> fixture.settings.languageProperty().set(Language.ENGLISH));
            robot.interact(() -> fixture.settings.themeProperty().set(ThemeChoice.LIGHT));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(firstRoot != fixture.window.rootProperty().get(), "the switches rebuilt the window");
        firstRoot = null;
        List<String> alive = new ArrayList<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            System.gc();
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            alive.clear();
            for (WeakReference<Object> ref : old) {
                Object node = ref.get();
                if (node != null) {
                    alive.add(node.getClass().getSimpleName());
                }
            }
            if (alive.isEmpty()) {
                break;
            }
        }
        assertEquals(List.of(), alive, "old nodes still reachable after the switches");
    }

    @Test
    void aSliderStepRedrawsOnlyTheViewOnScreen(FxRobot robot) {
        // Views of an old language, kept here on purpose: disposed, they must not redraw either.
        buildEverything(robot);
        List<ViewPane> oldViews = fixture.window.builtViews();
        robot.interact(() -> fixture.settings.languageProperty().set(Language.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        buildEverything(robot);
        ExplorerWindowFixture.openView(robot, "power-laws");
        ViewPane shown = fixture.window.currentView();

        Map<JFreeChart, AtomicInteger> redraws = new IdentityHashMap<>();
        List<ViewPane> everyView = new ArrayList<>(fixture.window.builtViews());
        everyView.addAll(oldViews);
        robot.interact(() -> {
            for (ViewPane view : everyView) {
                for (JFreeChart chart : view.charts()) {
                    AtomicInteger count = redraws.computeIfAbsent(chart, c -> new AtomicInteger());
                    chart.addChangeListener(event -> count.incrementAndGet());
                }
            }
        });
        Slider alpha = robot.lookup("#slider-alpha").queryAs(Slider.class);
        robot.interact(alpha::increment);
        WaitForAsyncUtils.waitForFxEvents();

        for (ViewPane view : everyView) {
            int changes = view.charts().stream().mapToInt(chart -> redraws.get(chart).get()).sum();
            if (view == shown) {
                assertTrue(changes > 0, "the view on screen did not redraw");
            } else {
                assertEquals(0, changes, view.getId() + (oldViews.contains(view) ? " (an old view)" : " (hidden)")
                        + " redrew at a slider step");
            }
        }
    }
}

package org.scalingexplorer.ui.shell;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.ViewModule;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one TestFX support class: an instance opens the main window as the app does, on preferences of
 * its own that are removed afterwards; the static methods are what UI tests do again and again (run on
 * the FX thread, wait for it, type into a field, open a view).
 */
public final class ExplorerWindowFixture {
    /** Long enough for a fit with its bootstrap on a loaded two-core machine. */
    public static final long WAIT_SECONDS = 120;

    public final Preferences prefs;
    public final AppSettings settings;
    public final ExplorerModels models = new ExplorerModels();
    public final MainWindow window;

    public ExplorerWindowFixture(Stage stage, Language language) {
        prefs = Preferences.userRoot().node("scalingexplorer-test/" + UUID.randomUUID());
        settings = new AppSettings(prefs);
        settings.languageProperty().set(language);
        Application.setUserAgentStylesheet(ThemeChoice.LIGHT.userAgentStylesheet());
        window = new MainWindow(settings, models);
        Scene scene = new Scene(window.rootProperty().get(), 1360, 860);
        window.rootProperty().addListener((obs, old, now) -> scene.setRoot(now));
        stage.setScene(scene);
        // The primary stage outlives a test class: a size an earlier test set (1280x800) must not stay.
        stage.sizeToScene();
        stage.setTitle(window.title());
        stage.show();
    }

    public void removePrefs() {
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }

    /** Starts the FX toolkit (headless on Monocle) for tests of view-models without a window. */
    public static void startToolkit() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the FX toolkit did not start", e);
        }
    }

    /** Runs on the FX thread and returns the result. */
    public static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static void runOnFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until the condition holds (checked off the FX thread), then for the FX events it caused. */
    public static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited " + WAIT_SECONDS + " s in vain", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces a field's text and presses Enter, as a user does. */
    public static void type(FxRobot robot, String query, String text) {
        robot.doubleClickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Opens a view through the sidebar's selection model rather than a screen click: on a display shared
     * with other windows a click could land in someone else's.
     */
    @SuppressWarnings("unchecked")
    public static void openView(FxRobot robot, String viewId) {
        ListView<ViewModule<?>> navigation = robot.lookup("#navigation").queryAs(ListView.class);
        ViewModule<?> module = ViewRegistry.require(viewId);
        robot.interact(() -> navigation.getSelectionModel().select(module));
        WaitForAsyncUtils.waitForFxEvents();
    }
}

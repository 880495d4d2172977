package org.scalingexplorer.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.scalingexplorer.ui.shell.AppSettings;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.shell.Language;
import org.scalingexplorer.ui.shell.MainWindow;
import org.scalingexplorer.ui.shell.ThemeChoice;

/**
 * A 200-step drag of the alpha slider on the Power laws view: for each step, the time from the
 * slider's value change to the end of the next pulse's layout pass (Scene post-layout listener).
 * Two figures are printed: the work (the value change with every curve recomputed and all three
 * charts redrawn, plus the next pulse's CSS and layout) and the wall time, which also includes
 * waiting for the pulse timer (up to one 60 Hz frame).
 */
public final class SliderDragBenchmark {

    private static final int STEPS = 200;
    private static final int DRAGS = 5;
    private static final int WARM_UP_DRAGS = 3;

    private SliderDragBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run();
        Platform.exit();
    }

    public static void run() throws Exception {
        FxHarness.startToolkit();
        AtomicReference<Scene> sceneRef = new AtomicReference<>();
        FxHarness.onFx(() -> {
            Preferences prefs = Preferences.userRoot().node("scalingexplorer-bench");
            AppSettings settings = new AppSettings(prefs);
            settings.languageProperty().set(Language.ENGLISH);
            // The node outlives a run: another benchmark may have left a different view remembered there.
            settings.lastViewProperty().set("power-laws");
            Application.setUserAgentStylesheet(ThemeChoice.LIGHT.userAgentStylesheet());
            MainWindow window = new MainWindow(settings, new ExplorerModels());
            Stage stage = new Stage();
            Scene scene = new Scene(window.rootProperty().get(), 1360, 860);
            stage.setScene(scene);
            stage.show();
            sceneRef.set(scene);
        });
        Scene scene = sceneRef.get();
        Slider slider = (Slider) scene.lookup("#slider-alpha");
        if (slider == null) {
            throw new IllegalStateException("the Power laws view's alpha slider (#slider-alpha) is not in the window");
        }
        // Warm-up: JIT and chart caches. One drag was enough once; with the read-out, the inks and the
        // undo history the first measured drag after it still ran 4.2 to 4.8 ms while later ones ran 2 to 3.
        for (int warmUp = 0; warmUp < WARM_UP_DRAGS; warmUp++) {
            drag(scene, slider, STEPS);
        }
        System.out.println("Power laws view, 200-step drags of the alpha slider (3 charts, 13 curves of 120 points),"
                + " five drags after " + WARM_UP_DRAGS + " warm-up drags:");
        for (int run = 1; run <= DRAGS; run++) {
            long[][] measured = drag(scene, slider, STEPS);
            System.out.println("  drag " + run);
            System.out.println("    " + Stats.ofNanos("work: value change + recompute + redraw + next layout", measured[0]).line());
            System.out.println("    " + Stats.ofNanos("wall: value change to end of next pulse's layout", measured[1]).line());
            System.out.println("    " + Stats.ofNanos("of which the value change itself (recompute + redraw)", measured[2]).line());
        }
    }

    private static long[][] drag(Scene scene, Slider slider, int steps) throws Exception {
        long[] work = new long[steps];
        long[] wall = new long[steps];
        long[] change = new long[steps];
        for (int i = 0; i < steps; i++) {
            double position = 0.2 + 0.5 * (i % 100) / 100.0 * (i / 100 % 2 == 0 ? 1 : -1) + (i / 100 % 2 == 0 ? 0 : 0.5);
            CountDownLatch laidOut = new CountDownLatch(1);
            long[] times = new long[4];
            int step = i;
            Platform.runLater(() -> {
                Runnable[] listeners = new Runnable[2];
                listeners[0] = () -> times[2] = System.nanoTime();
                listeners[1] = () -> {
                    times[3] = System.nanoTime();
                    scene.removePreLayoutPulseListener(listeners[0]);
                    scene.removePostLayoutPulseListener(listeners[1]);
                    laidOut.countDown();
                };
                scene.addPreLayoutPulseListener(listeners[0]);
                scene.addPostLayoutPulseListener(listeners[1]);
                times[0] = System.nanoTime();
                slider.setValue(position);
                times[1] = System.nanoTime();
                Platform.requestNextPulse();
            });
            if (!laidOut.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no pulse within 5 s at step " + step);
            }
            change[i] = times[1] - times[0];
            work[i] = change[i] + (times[3] - times[2]);
            wall[i] = times[3] - times[0];
        }
        return new long[][] {work, wall, change};
    }
}

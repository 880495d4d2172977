package org.scalingexplorer.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * {@code gui --screenshot}: waits for the window's first laid-out frame, then for the pulses that the
 * views' first draw asks for (charts drawn on layout, the 3D mesh uploaded, background results shown),
 * and writes the scene's pixels to a PNG. Reports 0 when written, 1 when not.
 */
final class WindowShot {
    private static final System.Logger LOG = System.getLogger(WindowShot.class.getName());
    /** Pulses after the first layout: a view that draws on a later pulse (the valley's mesh) has drawn by then. */
    private static final int SETTLING_PULSES = 8;
    /** Time for the first background results (isoFLOP sweeps, fits of the sample) to arrive. */
    private static final Duration SETTLING_TIME = Duration.millis(1500);

    private WindowShot() {
    }

    static void afterFirstFrame(Scene scene, Path file, IntConsumer done) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            PauseTransition pause = new PauseTransition(SETTLING_TIME);
            pause.setOnFinished(e -> afterPulses(scene, SETTLING_PULSES, () -> write(scene, file, done)));
            pause.play();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static void afterPulses(Scene scene, int pulses, Runnable then) {
        if (pulses == 0) {
            then.run();
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> afterPulses(scene, pulses - 1, then));
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static void write(Scene scene, Path file, IntConsumer done) {
        WritableImage image = scene.snapshot(null);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            LOG.log(System.Logger.Level.INFO, "screenshot " + (int) image.getWidth() + "x" + (int) image.getHeight()
                    + " written to " + file);
            done.accept(0);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "screenshot not written to " + file + ": " + e.getMessage());
            done.accept(1);
        }
    }
}

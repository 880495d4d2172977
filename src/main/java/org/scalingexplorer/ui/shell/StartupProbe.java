package org.scalingexplorer.ui.shell;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures cold start: with {@code -Dscalingexplorer.startupProbe=true} the app prints the time from
 * JVM start to the end of the first pulse that lays out the window (the frame then goes to the
 * renderer), and exits. Used by packaging/measure-startup.sh.
 */
final class StartupProbe {
    static final String PROPERTY = "scalingexplorer.startupProbe";

    private StartupProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    static void watch(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            long elapsedMs = System.currentTimeMillis() - jvmStart;
            // Let this pulse finish rendering before the exit request is handled.
            Platform.runLater(() -> {
                System.out.println("startup: first frame laid out " + elapsedMs + " ms after JVM start");
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}

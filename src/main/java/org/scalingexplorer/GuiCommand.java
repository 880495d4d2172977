package org.scalingexplorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scalingexplorer.engine.io.SessionFile;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.shell.ExplorerApp;
import org.scalingexplorer.ui.shell.Language;
import org.scalingexplorer.ui.shell.ThemeChoice;
import org.scalingexplorer.ui.shell.WindowRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gui}: opens the window in a given state, for a desktop shortcut (a projector in presentation
 * mode) or, with {@code --screenshot}, writes the first laid-out frame of that state to a PNG and exits.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the window in a given state; with --screenshot write its first laid-out frame and exit.")
final class GuiCommand implements Callable<Integer> {
    static final int MIN_WIDTH = 640;
    static final int MIN_HEIGHT = 480;
    static final int MAX_SIDE = 7680;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})x(\\d{1,5})");

    @Option(names = "--lang", description = "en or zh_CN (default: as saved)")
    String language;
    @Option(names = "--theme", description = "light or dark (default: as saved)")
    String theme;
    @Option(names = "--view", description = "the view to show: ${COMPLETION-CANDIDATES}", completionCandidates = ViewIds.class)
    String view;
    @Option(names = "--size", description = "window size WxH in pixels, e.g. 1280x800 (" + MIN_WIDTH + "x" + MIN_HEIGHT
            + " to " + MAX_SIDE + "x" + MAX_SIDE + ")")
    String size;
    @Option(names = "--lessons", description = "open the lessons panel beside the view")
    boolean lessons;
    @Option(names = "--present", description = "open in presentation mode (full screen, large type, high contrast)")
    boolean present;
    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "write the window's first laid-out frame to FILE.png and exit 0; the user's saved settings are not used or changed")
    Path screenshot;
    @Option(names = "--session", paramLabel = "FILE.slx.json",
            description = "open this session (laws, view settings) before the window shows, e.g. a lesson's valley range")
    Path session;
    @Option(names = "--force-gpu", description = "let JavaFX use a GPU it does not trust (Mesa under Xvfb) so 3D draws; "
            + "implied by --screenshot")
    boolean forceGpu;

    /** What the launcher does with a valid request: opens the window. */
    interface Opener {
        int open(WindowRequest request);
    }

    private final Opener opener;

    GuiCommand(Opener opener) {
        this.opener = opener;
    }

    static final class ViewIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ViewRegistry.ids().iterator();
        }
    }

    @Override
    public Integer call() {
        WindowRequest request = request();
        // Before JavaFX starts: Prism reads it once, when it picks its pipeline.
        if (needsForcedGpu() && System.getProperty("prism.forceGPU") == null) {
            System.setProperty("prism.forceGPU", "true");
        }
        return opener.open(request);
    }

    WindowRequest request() {
        Integer width = null;
        Integer height = null;
        if (size != null) {
            Matcher m = SIZE.matcher(size.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException("--size must be WxH in pixels, e.g. 1280x800, got " + size);
            }
            width = Integer.parseInt(m.group(1));
            height = Integer.parseInt(m.group(2));
            if (width < MIN_WIDTH || height < MIN_HEIGHT || width > MAX_SIDE || height > MAX_SIDE) {
                throw new IllegalArgumentException("--size must be from " + MIN_WIDTH + "x" + MIN_HEIGHT + " to "
                        + MAX_SIDE + "x" + MAX_SIDE + ", got " + size);
            }
        }
        if (view != null && ViewRegistry.byId(view).isEmpty()) {
            throw new IllegalArgumentException("--view must be one of " + String.join(", ", ViewRegistry.ids())
                    + ", got " + view);
        }
        if (screenshot != null) {
            if (!screenshot.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
                throw new IllegalArgumentException("--screenshot must name a .png file, got " + screenshot);
            }
            Path parent = screenshot.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new IllegalArgumentException("--screenshot: folder " + parent + " does not exist");
            }
        }
        if (session != null) {
            try {
                // Read here so that a bad file is refused in one line before any window opens.
                SessionFile.read(session);
            } catch (IOException e) {
                throw new IllegalArgumentException("--session: " + e.getMessage());
            }
        }
        return new WindowRequest(language(language), theme(theme), view, width, height, lessons, present, screenshot,
                session);
    }

    /** Whether JavaFX must be told to use the GPU before it starts: asked for, or a screenshot (3D included). */
    boolean needsForcedGpu() {
        return forceGpu || screenshot != null;
    }

    private static Language language(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "en" -> Language.ENGLISH;
            case "zh_CN", "zh-CN" -> Language.SIMPLIFIED_CHINESE;
            default -> throw new IllegalArgumentException("--lang must be en or zh_CN, got " + value);
        };
    }

    private static ThemeChoice theme(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "light" -> ThemeChoice.LIGHT;
            case "dark" -> ThemeChoice.DARK;
            default -> throw new IllegalArgumentException("--theme must be light or dark, got " + value);
        };
    }
}

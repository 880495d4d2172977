package org.scalingexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.cli.ExplorerCommand;
import org.scalingexplorer.ui.shell.Language;
import org.scalingexplorer.ui.shell.ThemeChoice;
import org.scalingexplorer.ui.shell.WindowRequest;

/** {@code gui}: the state it asks the window for, and every bad value refused in one line with exit 2. */
class GuiCommandTest {

    private final List<WindowRequest> opened = new ArrayList<>();
    private String err;

    private int run(String... args) {
        StringWriter errors = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "gui";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = ExplorerCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(errors, true),
                new Object[] {new GuiCommand(request -> {
                    opened.add(request);
                    return 0;
                })}, all);
        err = errors.toString();
        return code;
    }

    @Test
    void everyOptionReachesTheWindowRequest(@TempDir Path dir) {
        Path shot = dir.resolve("x.png");
        assertEquals(0, run("--lang", "zh_CN", "--theme", "dark", "--view", "loss-valley", "--size", "1280x800",
                "--lessons", "--present", "--screenshot", shot.toString()));
        WindowRequest request = opened.get(0);
        assertEquals(Language.SIMPLIFIED_CHINESE, request.language());
        assertEquals(ThemeChoice.DARK, request.theme());
        assertEquals("loss-valley", request.viewId());
        assertEquals(1280, request.width());
        assertEquals(800, request.height());
        assertTrue(request.lessons() && request.present());
        assertEquals(shot, request.screenshot());
        assertTrue(request.throwawaySettings(), "a screenshot run must leave the user's settings alone");
        assertEquals("true", System.getProperty("prism.forceGPU"), "a screenshot draws 3D: Prism must accept Mesa");
    }

    private static Path notASession(Path dir) {
        Path file = dir.resolve("broken.slx.json");
        try {
            java.nio.file.Files.writeString(file, "{\"format_version\": \"1.0\", \"view\": {\"last_view\": 3}}");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    @Test
    void aSessionFileIsReadBeforeTheWindowOpens(@TempDir Path dir) throws Exception {
        Path session = dir.resolve("valley.slx.json");
        java.nio.file.Files.writeString(session, """
                {"format_version": "1.0", "view": {"last_view": "loss-valley",
                  "settings": {"valley.log10_params_from": 7, "valley.log10_params_to": 9}}}
                """);
        assertEquals(0, run("--session", session.toString(), "--size", "1280x800"));
        assertEquals(session, opened.get(0).session());
    }

    @Test
    void withoutOptionsTheWindowOpensAsSaved() {
        assertEquals(0, run());
        WindowRequest request = opened.get(0);
        assertNull(request.language());
        assertNull(request.viewId());
        assertFalse(request.throwawaySettings());
    }

    @Test
    void badValuesAreRefusedInOneLineWithExitTwo(@TempDir Path dir) {
        String[][] bad = {
            {"--lang", "fr"}, {"--theme", "blue"}, {"--view", "nope"}, {"--size", "1280"}, {"--size", "320x200"},
            {"--size", "99999x800"}, {"--screenshot", dir.resolve("x.jpg").toString()},
            {"--screenshot", dir.resolve("missing/x.png").toString()}, {"--bogus"},
            {"--session", dir.resolve("missing.slx.json").toString()}, {"--session", notASession(dir).toString()}
        };
        for (String[] args : bad) {
            assertEquals(2, run(args), String.join(" ", args));
            assertEquals(1, err.strip().lines().count(), "one line for " + String.join(" ", args) + ": " + err);
            assertTrue(err.startsWith("error: "), err);
            assertFalse(err.contains("Exception"), err);
        }
        assertTrue(opened.isEmpty(), "a refused request opened a window");
    }
}

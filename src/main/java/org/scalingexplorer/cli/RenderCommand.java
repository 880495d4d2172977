package org.scalingexplorer.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.export.ExportFormat;
import org.scalingexplorer.ui.export.ExportRequest;
import org.scalingexplorer.ui.export.FigureExporter;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.ViewFigure;
import org.scalingexplorer.ui.view.WorkMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Renders a view offscreen through the same chart drawing the window uses, to PNG, SVG, PDF or the CSV
 * of its plotted series (chosen by the file's extension); needs no display. With a session it draws
 * what the window shows after opening that session: every view's settings, the Fit view's runs and
 * fit, the Plan view's study (the fit and study are computed again, seeded, as the window does).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a view to a PNG, SVG, PDF or CSV file (by the extension of --out), without a window.")
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--view", defaultValue = "power-laws", description = "the view to render (default ${DEFAULT-VALUE}); one of the ids the app's sidebar uses")
    String view;

    @Mixin
    OutputOption out;

    @Mixin
    SessionOption session;

    @Option(names = "--width", defaultValue = "1600", description = "width in logical pixels, 200 to 10,000 (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "height in logical pixels, 150 to 10,000 (default ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--scale", defaultValue = "1", description = "PNG device pixels per logical pixel, 1 to 4; the PNG records 96 x scale DPI (default ${DEFAULT-VALUE})")
    double scale;

    @Mixin
    LawOption law;

    @Option(names = "--theme", defaultValue = "light", description = "light, dark or print (default ${DEFAULT-VALUE})")
    String theme;

    @Option(names = "--title", defaultValue = "", description = "a title above the charts")
    String title;

    @Option(names = "--caption", defaultValue = "", description = "a caption below the charts")
    String caption;

    @Option(names = "--lang", defaultValue = "en", description = "en or zh_CN")
    String language;

    @Override
    public Integer call() throws Exception {
        ExportFormat format = out.checked(ExportFormat.values());
        OptionBounds.text("--title", title);
        OptionBounds.text("--caption", caption);
        OptionBounds.WIDTH.check(width);
        OptionBounds.HEIGHT.check(height);
        if (!(scale >= 1 && scale <= 4)) {
            throw new IllegalArgumentException("--scale must be between 1 and 4, got " + scale);
        }
        System.setProperty("java.awt.headless", "true");
        ChartStyle style = style(theme);
        Session loaded = session.readOrNull();
        ViewRegistry.require(view);
        ViewFigure figure;
        try {
            figure = models(loaded, law.presetOrNull()).figure(view).draw(new FigureContext(bundle(language), style));
        } catch (ArithmeticException e) {
            throw new ArithmeticException((session.file == null ? "" : session.file + ": ") + "the " + view
                    + " view has no finite answer under " + (session.file == null ? "these laws" : "this session's laws")
                    + ": " + e.getMessage());
        }
        ExportRequest request = new ExportRequest(figure, style, width, height, scale, title, caption);
        FigureExporter.export(request, format, out.path);
        if (format == ExportFormat.PNG) {
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%d x %d px, %.0f dpi)%n", out.path,
                    Math.round(width * scale), Math.round(height * scale), request.dpi());
        } else {
            spec.commandLine().getOut().printf("wrote %s (%s)%n", out.path, format.extension().toUpperCase(Locale.ROOT));
        }
        return 0;
    }

    static ChartStyle style(String theme) {
        return switch (theme) {
            case "light" -> ChartStyle.LIGHT;
            case "dark" -> ChartStyle.DARK;
            case "print" -> ChartStyle.PRINT;
            default -> throw new IllegalArgumentException("--theme must be light, dark or print, got " + theme);
        };
    }

    /**
     * The views as a window would show them: published defaults, or a session's laws and view
     * settings (budgets, windows, sliders); an explicit law overrides the session's active law.
     */
    static ExplorerModels models(Session loaded, LawPreset activeLaw) {
        ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
        if (loaded != null) {
            models.apply(loaded);
        }
        if (activeLaw != null) {
            models.scenario().activePresetProperty().set(activeLaw);
        }
        return models;
    }

    static ResourceBundle bundle(String language) {
        Locale locale = switch (language) {
            case "en" -> Locale.ROOT;
            case "zh_CN", "zh-CN", "zh" -> Locale.SIMPLIFIED_CHINESE;
            default -> throw new IllegalArgumentException("--lang must be en or zh_CN, got " + language);
        };
        return ResourceBundle.getBundle("org.scalingexplorer.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

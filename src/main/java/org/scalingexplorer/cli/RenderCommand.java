package org.scalingexplorer.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.ChartImages;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.render.RenderRequest;
import org.scalingexplorer.ui.render.ViewFigure;
import org.scalingexplorer.ui.render.ViewFigures;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Renders a view offscreen through the same chart drawing the window uses; needs no display. */
@Command(name = "render", mixinStandardHelpOptions = true, description = "Render a view to a PNG file, without a window.")
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--view", defaultValue = "power-laws", description = "the view to render (default ${DEFAULT-VALUE}); one of the ids the app's sidebar uses")
    String view;

    @Option(names = "--out", required = true, description = "the PNG file to write")
    Path out;

    @Option(names = "--width", defaultValue = "1600", description = "width in logical pixels (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "height in logical pixels (default ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--scale", defaultValue = "1", description = "device pixels per logical pixel, 0.5 to 4 (default ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--law", defaultValue = "chinchilla", description = "the law drawn bold: kaplan, chinchilla or epoch")
    String lawId;

    @Option(names = "--theme", defaultValue = "light", description = "light or dark")
    String theme;

    @Option(names = "--lang", defaultValue = "en", description = "en or zh_CN")
    String language;

    @Override
    public Integer call() throws Exception {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new IllegalArgumentException("out must name a .png file, got " + out);
        }
        System.setProperty("java.awt.headless", "true");
        ChartStyle style = switch (theme) {
            case "light" -> ChartStyle.LIGHT;
            case "dark" -> ChartStyle.DARK;
            default -> throw new IllegalArgumentException("theme must be light or dark, got " + theme);
        };
        ScenarioModel scenario = new ScenarioModel();
        scenario.activePresetProperty().set(LawPreset.fromId(lawId));
        ViewFigure figure = ViewFigures.render(view, new RenderRequest(scenario, bundle(language), style));
        BufferedImage image = ChartImages.drawGrid(figure.cells(), figure.columns(), width, height, scale,
                style.background());
        ChartImages.writePng(image, out);
        spec.commandLine().getOut().printf("wrote %s (%d x %d px)%n", out, image.getWidth(), image.getHeight());
        return 0;
    }

    private static ResourceBundle bundle(String language) {
        Locale locale = switch (language) {
            case "en" -> Locale.ROOT;
            case "zh_CN", "zh-CN", "zh" -> Locale.SIMPLIFIED_CHINESE;
            default -> throw new IllegalArgumentException("lang must be en or zh_CN, got " + language);
        };
        return ResourceBundle.getBundle("org.scalingexplorer.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

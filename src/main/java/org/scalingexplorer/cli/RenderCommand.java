package org.scalingexplorer.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.ChartImages;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.ui.data.DataViewCharts;
import org.scalingexplorer.ui.data.DataViewModel;
import org.scalingexplorer.ui.powerlaws.PowerLawsCharts;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel;
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

    @Option(names = "--view", defaultValue = "power-laws", description = "the view to render: power-laws (default) or data")
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
        if (!view.equals("power-laws") && !view.equals("data")) {
            throw new IllegalArgumentException("view must be one of power-laws, data, got " + view);
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new IllegalArgumentException("out must name a .png file, got " + out);
        }
        System.setProperty("java.awt.headless", "true");
        ChartStyle style = switch (theme) {
            case "light" -> ChartStyle.LIGHT;
            case "dark" -> ChartStyle.DARK;
            default -> throw new IllegalArgumentException("theme must be light or dark, got " + theme);
        };
        ResourceBundle bundle = bundle(language);
        List<Drawable> cells = view.equals("data") ? dataCells(bundle, style) : powerLawsCells(bundle, style);
        // The data view has seven charts and its optimum table: a 4 x 2 grid.
        int columns = view.equals("data") ? 4 : 2;
        BufferedImage image = ChartImages.drawGrid(cells, columns, width, height, scale, style.background());
        ChartImages.writePng(image, out);
        spec.commandLine().getOut().printf("wrote %s (%d x %d px)%n", out, image.getWidth(), image.getHeight());
        return 0;
    }

    private List<Drawable> powerLawsCells(ResourceBundle bundle, ChartStyle style) {
        ScenarioModel scenario = new ScenarioModel();
        scenario.activePresetProperty().set(LawPreset.fromId(lawId));
        PowerLawsViewModel viewModel = new PowerLawsViewModel(scenario);
        PowerLawsCharts charts = new PowerLawsCharts(bundle, style);
        charts.show(viewModel.figure());

        List<Drawable> cells = new ArrayList<>(charts.all());
        cells.add(constantsPanel(scenario, bundle, style));
        return cells;
    }

    private static List<Drawable> dataCells(ResourceBundle bundle, ChartStyle style) {
        DataViewModel viewModel = new DataViewModel();
        DataViewCharts charts = new DataViewCharts(bundle, style);
        charts.show(viewModel.charts(), viewModel.run());
        List<Drawable> cells = new ArrayList<>(charts.all());
        cells.add(optimumPanel(viewModel, bundle, style));
        return cells;
    }

    private static TextPanel optimumPanel(DataViewModel viewModel, ResourceBundle bundle, ChartStyle style) {
        var optimum = viewModel.charts().optimum();
        var fresh = viewModel.charts().freshOptimum();
        var run = viewModel.run();
        List<String> lines = new ArrayList<>();
        lines.add(row(bundle, "constrained", optimum.params(), optimum.tokens(), optimum.epochs(), optimum.loss()));
        lines.add(row(bundle, "fresh", fresh.params(), fresh.tokens(), fresh.tokens() / optimum.uniqueTokens(),
                fresh.loss()));
        lines.add(row(bundle, "run", run.params(), run.tokens(), run.epochs(), run.loss()));
        lines.add("");
        lines.add(bundle.getString("data.optimum.note"));
        lines.add("");
        lines.add(bundle.getString("data.source"));
        return new TextPanel(bundle.getString("data.optimum.heading"), lines, style);
    }

    private static String row(ResourceBundle bundle, String id, double params, double tokens, double epochs,
                              double loss) {
        return bundle.getString("data.optimum.row." + id) + ":  "
                + bundle.getString("data.optimum.params") + " " + QuantityFormat.count(params) + "   "
                + bundle.getString("data.optimum.tokens") + " " + QuantityFormat.count(tokens) + "   "
                + bundle.getString("data.optimum.epochs") + " " + QuantityFormat.count(epochs) + "   "
                + bundle.getString("data.optimum.loss") + " " + QuantityFormat.loss(loss);
    }

    private static TextPanel constantsPanel(ScenarioModel scenario, ResourceBundle bundle, ChartStyle style) {
        List<String> lines = new ArrayList<>();
        for (LawPreset preset : LawPreset.values()) {
            StringBuilder line = new StringBuilder(bundle.getString("law." + preset.id())).append(":  ");
            for (LawConstant c : scenario.law(preset).constants()) {
                line.append(bundle.getString("constant." + c.key())).append(" = ")
                        .append(QuantityFormat.constant(c.value())).append("   ");
            }
            lines.add(line.toString().trim());
            lines.add("    " + preset.citation());
            lines.add("");
        }
        lines.add(bundle.getString("status.units"));
        return new TextPanel(bundle.getString("constants.heading"), lines, style);
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

package org.scalingexplorer.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalingexplorer.ui.export.ExportFormat;
import org.scalingexplorer.ui.export.ReportExporter;
import org.scalingexplorer.ui.export.ReportRequest;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.ViewFigure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes the PDF report the app's File menu writes: one page per view, each as the window shows it
 * after opening the session (its own budget, pools, runs and study), then the constants and sources.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a PDF report: one page per view, then the law constants in a table and their sources.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption out;

    @Mixin
    SessionOption session;

    @Option(names = "--views", split = ",", description = "the views, comma separated, in page order (default: every view)")
    List<String> views;

    @Option(names = "--title", defaultValue = "", description = "the report's title")
    String title;

    @Option(names = "--theme", defaultValue = "print", description = "print, light or dark (default ${DEFAULT-VALUE})")
    String theme;

    @Option(names = "--lang", defaultValue = "en", description = "en or zh_CN")
    String language;

    @Override
    public Integer call() throws Exception {
        out.checked(ExportFormat.PDF);
        OptionBounds.text("--title", title);
        System.setProperty("java.awt.headless", "true");
        List<String> chosen = new ArrayList<>();
        if (views == null || views.isEmpty()) {
            chosen.addAll(ViewRegistry.ids());
        } else {
            List<String> known = ViewRegistry.ids();
            for (String view : views) {
                if (!known.contains(view.strip())) {
                    throw new IllegalArgumentException("--views must be among " + String.join(", ", known) + ", got "
                            + org.scalingexplorer.engine.Limits.excerpt(view));
                }
                chosen.add(view.strip());
            }
        }
        ExplorerModels models = RenderCommand.models(session.readOrNull(), null);
        ReportRequest request = new ReportRequest(chosen, models.scenario().activePreset(), models.scenario().laws(),
                RenderCommand.bundle(language), RenderCommand.style(theme), title);
        List<ViewFigure> figures = new ArrayList<>();
        for (String view : chosen) {
            figures.add(models.figure(view).draw(new FigureContext(request.bundle(), request.style())));
        }
        ReportExporter.export(request, figures, out.path);
        spec.commandLine().getOut().printf("wrote %s (%d view pages and the constants)%n", out.path, chosen.size());
        return 0;
    }
}

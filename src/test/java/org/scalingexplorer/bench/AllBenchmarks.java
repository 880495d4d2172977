package org.scalingexplorer.bench;

import javafx.application.Platform;

/** Runs every benchmark harness and prints its figures: {@code mvn -Pbench verify}. */
public final class AllBenchmarks {
    private AllBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("Scaling Law Explorer benchmarks on " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version"));
        SliderDragBenchmark.run();
        DataBenchmark.run();
        CurveImportBenchmark.run();
        ValleyBenchmark.run();
        DataViewModelBenchmark.run();
        FitBenchmark.run();
        IsoFlopViewBenchmark.run();
        ExportBenchmark.run();
        ExportPulseBenchmark.run();
        PlanBenchmark.run();
        MupBenchmark.run();
        Platform.exit();
    }
}

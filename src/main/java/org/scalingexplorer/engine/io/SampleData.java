package org.scalingexplorer.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Data sets shipped with the app, read from the classpath. */
public final class SampleData {

    /** 245 runs read off Hoffmann et al. 2022, Figure 4, by Besiroglu et al. 2024 (Epoch AI). */
    public static final String CHINCHILLA_EPOCH_RESOURCE = "/org/scalingexplorer/data/chinchilla-epoch.csv";
    public static final String CHINCHILLA_EPOCH_CREDIT = "Hoffmann et al. 2022 (arXiv:2203.15556), points read off "
            + "Figure 4 by Besiroglu et al. 2024, Epoch AI (arXiv:2404.10102)";
    /** The replication drops the 5 highest-loss runs (the smallest models at the smallest budgets). */
    public static final int CHINCHILLA_EPOCH_HIGHEST_LOSS_DROPPED = 5;

    private SampleData() {
    }

    /** All 245 runs of the Epoch AI extraction, as shipped. */
    public static List<TrainingRun> chinchillaEpoch() {
        InputStream stream = SampleData.class.getResourceAsStream(CHINCHILLA_EPOCH_RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("resource " + CHINCHILLA_EPOCH_RESOURCE + " is missing from the build");
        }
        try (stream) {
            RunImport imported = RunImporter.read(CHINCHILLA_EPOCH_RESOURCE, stream, Boolean.FALSE, 1,
                    fraction -> { }, () -> false);
            if (!imported.isClean()) {
                throw new IllegalStateException(CHINCHILLA_EPOCH_RESOURCE + ": " + imported.problems().get(0));
            }
            return imported.runs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.scalingexplorer.ui.curves;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Curve files written for tests: a small sweep from a known law, and a long one to cancel. */
final class CurveFiles {

    static final Path MISFITTING = Path.of("..", "shared", "data", "external", "misfitting2025-learning-curves",
            "scaling_results.csv");
    /** The (Mis)Fitting mapping with both counts and the file's compute. */
    static final List<String> MISFITTING_MAPPING = List.of("run=model,peak_lr,sweep,total_steps", "step=current_steps",
            "tokens=D", "params=N", "non_embedding_params=N_no_emb", "flops=C", "total_steps=total_steps", "lr=peak_lr");
    static final List<String> SWEEP_MAPPING = List.of("run=model,length", "non_embedding_params=n_no_emb");
    /** Embedding parameters of every model of the sweep: what the second count leaves out. */
    static final double EMBEDDING = 5e7;
    static final int SIZES = 10;
    static final int[] LENGTHS = {1000, 2000, 4000};

    private CurveFiles() {
    }

    /**
     * Ten sizes from 1e8 to 1e10 parameters, three cosine runs of each (1,000 to 4,000 steps, a
     * checkpoint every 100 steps, a million tokens a step), losses from a Chinchilla-like law with a
     * penalty while the learning rate is still high; N with and without 5e7 embedding parameters.
     */
    static Path sweep(Path dir) throws IOException {
        Path file = dir.resolve("sweep.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("model,length,step,tokens,loss,lr,total_steps,params,n_no_emb\n");
            for (int s = 0; s < SIZES; s++) {
                double params = 1e8 * Math.pow(10, s * 2.0 / (SIZES - 1));
                for (int length : LENGTHS) {
                    for (int step = 100; step <= length; step += 100) {
                        double tokens = step * 1e6;
                        double progress = step / (double) length;
                        double lr = 1e-3 * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * progress)));
                        double loss = 1.7 + 406.4 / Math.pow(params, 0.34) + 410.7 / Math.pow(tokens, 0.28)
                                + 0.05 * (1 - progress);
                        out.write("m" + s + "," + length + "," + step + "," + (long) tokens + "," + loss + "," + lr + ","
                                + length + "," + params + "," + (params - EMBEDDING) + "\n");
                    }
                }
            }
        }
        return file;
    }

    /** {@code rows} checkpoints of 500 runs: long enough to be cancelled while it loads. */
    static Path longLog(Path dir, int rows) throws IOException {
        Path file = dir.resolve("long.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("run,step,loss\n");
            int perRun = rows / 500;
            StringBuilder row = new StringBuilder();
            for (int run = 0; run < 500; run++) {
                for (int step = 1; step <= perRun; step++) {
                    row.setLength(0);
                    row.append('r').append(run).append(',').append(step).append(',').append(2 + 5.0 / step).append('\n');
                    out.append(row);
                }
            }
        }
        return file;
    }
}

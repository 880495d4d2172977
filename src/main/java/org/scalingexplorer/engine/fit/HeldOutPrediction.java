package org.scalingexplorer.engine.fit;

import org.scalingexplorer.engine.io.TrainingRun;

/** A held-out run, the loss the fit predicts for it and the 95% prediction interval [low95, high95]. */
public record HeldOutPrediction(TrainingRun run, double predicted, double low95, double high95) {

    /** |predicted - actual| / actual. */
    public double relativeError() {
        return Math.abs(predicted - run.loss()) / run.loss();
    }

    public boolean insideInterval() {
        return run.loss() >= low95 && run.loss() <= high95;
    }
}

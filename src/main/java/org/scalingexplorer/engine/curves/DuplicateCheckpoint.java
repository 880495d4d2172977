package org.scalingexplorer.engine.curves;

/**
 * Two rows of a file that gave the same run a checkpoint at the same position on the curve's axis.
 * They are merged into one checkpoint whose loss is the mean of the two; {@code firstLine} is the
 * row kept, {@code line} the row merged into it.
 */
public record DuplicateCheckpoint(String run, CurveAxis axis, double position, int firstLine, int line,
                                  double firstLoss, double loss) {

    public boolean sameLoss() {
        return firstLoss == loss;
    }

    @Override
    public String toString() {
        return "line " + line + ": run '" + run + "' has a second checkpoint at " + axis.role() + " "
                + formatted(position) + " (first on line " + firstLine + ")"
                + (sameLoss() ? ", same loss" : ", loss " + formattedLoss(firstLoss) + " vs " + formattedLoss(loss)
                + ", merged to their mean");
    }

    private static String formattedLoss(double value) {
        return String.format(java.util.Locale.ROOT, "%.6g", value);
    }

    private static String formatted(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(java.util.Locale.ROOT, "%.6g", value);
    }
}

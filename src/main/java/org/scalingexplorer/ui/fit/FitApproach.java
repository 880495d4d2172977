package org.scalingexplorer.ui.fit;

/** The fits the Fit view offers; the id names its bundle keys. */
public enum FitApproach {
    /** L = E + A/N^alpha + B/D^beta by the Huber objective from the 4,500-point grid (science.md section 3). */
    APPROACH_3("approach3"),
    /** IsoFLOP parabolas, then N_opt and D_opt against C. */
    APPROACH_2("approach2"),
    /** L = A x^-alpha + E against one variable. */
    POWER_LAW("power-law");

    private final String id;

    FitApproach(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Approach 2 predicts compute-optimal sizes, not losses, so it has nothing to score on held-out runs. */
    public boolean predictsLoss() {
        return this != APPROACH_2;
    }
}

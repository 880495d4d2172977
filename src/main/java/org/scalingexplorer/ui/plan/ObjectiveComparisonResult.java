package org.scalingexplorer.ui.plan;

import java.util.List;
import java.util.Optional;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.plan.NoiseModel;
import org.scalingexplorer.engine.plan.ObjectiveComparison;
import org.scalingexplorer.engine.plan.Recovery;
import org.scalingexplorer.engine.plan.VirtualExperiment;

/**
 * One finished objective comparison as the Plan view shows it: the runs of one design and seed
 * sampled under each noise model and fitted with log-Huber and with the asymmetric objective at
 * {@code lambda}. Rows by noise model, then objective, as {@link ObjectiveComparison#run} returns them.
 */
public record ObjectiveComparisonResult(VirtualExperiment experiment, long seed, double lambda,
                                        List<ObjectiveComparison.Row> rows) {

    public ObjectiveComparisonResult {
        rows = List.copyOf(rows);
    }

    /** The cell for one noise model and objective id. */
    public Recovery recovery(NoiseModel model, String penaltyId) {
        return rows.stream().filter(r -> r.noiseModel() == model && r.recovery().penaltyId().equals(penaltyId))
                .findFirst().map(ObjectiveComparison.Row::recovery)
                .orElseThrow(() -> new IllegalArgumentException("no row for " + model.id() + ", " + penaltyId));
    }

    /** |recovered E - true E| / true E of one cell. */
    public double irreducibleMiss(NoiseModel model, String penaltyId) {
        return Math.abs(recovery(model, penaltyId).relativeError(ChinchillaLaw.E));
    }

    /**
     * The objective whose E landed closer to the truth under {@code model}; empty when both missed by
     * the same amount (as without noise, where both recover the truth).
     */
    public Optional<String> closerOnIrreducible(NoiseModel model, String firstId, String secondId) {
        double first = irreducibleMiss(model, firstId);
        double second = irreducibleMiss(model, secondId);
        // Misses within a part in a million are the same fit reached from different penalties.
        if (Math.abs(first - second) <= 1e-6) {
            return Optional.empty();
        }
        return Optional.of(first < second ? firstId : secondId);
    }
}

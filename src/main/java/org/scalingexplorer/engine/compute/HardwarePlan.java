package org.scalingexplorer.engine.compute;

import org.scalingexplorer.engine.Require;

/**
 * What a budget costs on real hardware: {@code GPU-hours = C / (peak * MFU * 3600)} and
 * cost = GPU-hours times the price of one GPU-hour (science.md section 10).
 */
public record HardwarePlan(Accelerator accelerator, double mfu, double usdPerGpuHour) {

    /** Real training reaches a model-FLOPs utilisation of about 30-50%. */
    public static final double TYPICAL_MFU = 0.4;

    public HardwarePlan {
        if (accelerator == null) {
            throw new IllegalArgumentException("accelerator must be chosen");
        }
        Require.inRange("mfu", mfu, 1e-3, 1.0);
        Require.nonNegative("usdPerGpuHour", usdPerGpuHour);
    }

    public double gpuHours(ComputeBudget budget) {
        return budget.flops() / (accelerator.peakFlopsPerSecond() * mfu * 3600);
    }

    public double costUsd(ComputeBudget budget) {
        return gpuHours(budget) * usdPerGpuHour;
    }
}

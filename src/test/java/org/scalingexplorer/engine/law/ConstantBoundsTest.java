package org.scalingexplorer.engine.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ranges of law constants that session files and lessons are held to. */
class ConstantBoundsTest {

    @Test
    void everyPublishedConstantLiesWithinItsBounds() {
        for (LawPreset preset : LawPreset.values()) {
            for (LawConstant constant : preset.law().constants()) {
                ConstantBounds bounds = ConstantBounds.of(constant.key()).orElseThrow(
                        () -> new AssertionError(constant.key() + " has no bounds"));
                assertTrue(bounds.contains(constant.value()), preset.id() + "." + constant.key() + " = " + constant.value());
            }
            ConstantBounds.requireWithin(preset.law());
        }
    }

    @Test
    void aLawOutsideIsRefusedNamingTheConstant() {
        ScalingLaw extreme = LawPreset.CHINCHILLA_2022.law().withConstant(ChinchillaLaw.A, 1e300);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ConstantBounds.requireWithin(extreme));
        assertEquals("A must be between 1 and 1e5 (the reach of its slider), got 1e300", error.getMessage());
    }
}

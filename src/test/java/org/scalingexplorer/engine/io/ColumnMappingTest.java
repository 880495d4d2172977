package org.scalingexplorer.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
    private static final Set<String> ROLES = Set.of("run", "params", "loss");

    @Test
    void unmappedRolesReadTheColumnOfTheirOwnName() {
        ColumnMapping mapping = ColumnMapping.parse(List.of("params=N_nonembed"), ROLES);
        assertEquals("n_nonembed", mapping.column("params"));
        assertEquals("loss", mapping.column("loss"));
        assertTrue(mapping.maps("params"));
        assertFalse(mapping.maps("loss"));
    }

    @Test
    void aRunCanBeNamedBySeveralColumns() {
        ColumnMapping mapping = ColumnMapping.parse(List.of("run=model, peak_lr,sweep"), ROLES);
        assertEquals(List.of("model", "peak_lr", "sweep"), mapping.columns("run"));
        assertThrows(IllegalArgumentException.class, () -> mapping.column("run"));
        assertEquals(mapping, ColumnMapping.parse(mapping.specs(), ROLES));
    }

    @Test
    void unknownRoleMissingNameAndRepeatsAreRefusedByName() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ColumnMapping.parse(List.of("size=N"), ROLES));
        assertTrue(unknown.getMessage().contains("'size'"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse(List.of("params"), ROLES));
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse(List.of("params="), ROLES));
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse(List.of("params=a", "params=b"), ROLES));
    }
}

package org.scalingexplorer.ui.curves;

import java.nio.file.Path;
import java.util.List;
import org.scalingexplorer.engine.curves.CurveAxis;
import org.scalingexplorer.engine.curves.CurveRoles;
import org.scalingexplorer.engine.io.ColumnMapping;

/**
 * What the Curves view loads: a file read through a column mapping ({@code ROLE=NAME} as the import
 * dialog or {@code --column} writes them) along an axis (null: the reader's choice), or the demo
 * curves the schedule law generates. Kept in a session, so opening it loads the same curves again.
 */
public record CurveSource(Path file, List<String> mapping, CurveAxis axis, boolean demo) {

    public CurveSource {
        mapping = List.copyOf(mapping);
        if (!demo && file == null) {
            throw new IllegalArgumentException("a curve source is a file or the demo");
        }
        // Refused here, on the FX thread, with the role named: not later in the background.
        ColumnMapping.parse(mapping, CurveRoles.WITH_SECOND_COUNT);
    }

    public static CurveSource ofDemo() {
        return new CurveSource(null, List.of(), null, true);
    }

    public static CurveSource file(Path file, List<String> mapping, CurveAxis axis) {
        return new CurveSource(file, mapping, axis, false);
    }

    public ColumnMapping columnMapping() {
        return ColumnMapping.parse(mapping, CurveRoles.WITH_SECOND_COUNT);
    }
}

package org.scalingexplorer.ui.export;

import java.util.Optional;

/**
 * A view whose picture on screen is not Graphics2D drawing (the 3D surface): it hands the exporter
 * a snapshot taken on the FX thread, or nothing when it currently shows ordinary charts.
 */
public interface SnapshotSource {
    Optional<SnapshotCell> snapshotCell();
}

package org.scalingexplorer.ui.valley;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Cylinder;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;

/**
 * A polyline of thin cylinders, one per segment, kept in a pool: a new frame moves the cylinders it
 * has instead of creating nodes. A dashed line draws every other segment.
 */
final class TubePolyline extends Group {
    private final double radius;
    private final PhongMaterial material;
    private final boolean dashed;
    private final List<Cylinder> pool = new ArrayList<>();

    TubePolyline(double radius, PhongMaterial material, boolean dashed) {
        this.radius = radius;
        this.material = material;
        this.dashed = dashed;
    }

    void show(double[] x, double[] y, double[] z) {
        int used = 0;
        for (int i = 1; i < x.length; i++) {
            if (dashed && i % 2 == 0) {
                continue;
            }
            double dx = x[i] - x[i - 1];
            double dy = y[i] - y[i - 1];
            double dz = z[i] - z[i - 1];
            double length = Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (!(length > 1e-6)) {
                continue;
            }
            Cylinder cylinder = cylinder(used++);
            cylinder.setHeight(length);
            Translate at = (Translate) cylinder.getTransforms().get(0);
            at.setX((x[i] + x[i - 1]) / 2);
            at.setY((y[i] + y[i - 1]) / 2);
            at.setZ((z[i] + z[i - 1]) / 2);
            // A cylinder stands along y: turn it about y x direction by the angle between them.
            Rotate turn = (Rotate) cylinder.getTransforms().get(1);
            double axisLength = Math.hypot(dz, dx);
            if (axisLength < 1e-9) {
                turn.setAxis(Rotate.X_AXIS);
                turn.setAngle(dy >= 0 ? 0 : 180);
            } else {
                turn.setAxis(new Point3D(dz, 0, -dx));
                turn.setAngle(Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, dy / length)))));
            }
            cylinder.setVisible(true);
        }
        for (int i = used; i < pool.size(); i++) {
            pool.get(i).setVisible(false);
        }
    }

    private Cylinder cylinder(int index) {
        if (index < pool.size()) {
            return pool.get(index);
        }
        Cylinder cylinder = new Cylinder(radius, 1, 8);
        cylinder.setMaterial(material);
        cylinder.getTransforms().addAll(new Translate(), new Rotate());
        pool.add(cylinder);
        getChildren().add(cylinder);
        return cylinder;
    }
}

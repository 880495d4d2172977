package org.scalingexplorer.ui.valley;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.Line;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import org.scalingexplorer.ui.chart.LabelPlacement;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.ViridisColorMap;

/**
 * The loss valley in 3D: a triangle mesh of the frame's grid, coloured through a viridis texture, with
 * the compute-optimal path and the isoFLOP lines as thin tubes just above it, a floor with decade grid
 * lines and a vertical loss axis. Axis labels are ordinary 2D labels laid over the 3D scene at the
 * projected positions of their anchors, so they stay upright and sharp from every angle.
 *
 * <p>The mesh is built once for the grid size; a new frame only overwrites its points and texture
 * coordinates. Colour comes from texture coordinates: each point's u is its colour coordinate in a
 * 256 x 1 viridis image, so a change costs one float per point instead of a new texture.
 *
 * <p>Mouse: drag rotates, the wheel zooms, a double-click restores the camera.
 */
final class ValleySurface3D extends Region {

    /** Scene units of the floor's sides and of the loss axis. */
    static final double SIZE = 400;
    static final double HEIGHT = 220;
    /** Looks from the low-loss corner (large N and D) up the slope, so no part of the surface hides another. */
    static final double DEFAULT_YAW = 150;
    static final double DEFAULT_PITCH = 28;
    static final double DEFAULT_DISTANCE = 1350;
    private static final double MIN_DISTANCE = 450;
    private static final double MAX_DISTANCE = 4000;
    /** Lines float this far above the surface so the mesh does not swallow them. */
    private static final double LINE_LIFT = 2.5;
    private static final double FLOOR_DROP = 3;
    private static final int TEXTURE_WIDTH = 256;

    private final ResourceBundle bundle;
    private final TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_TEXCOORD);
    private final MeshView surface = new MeshView(mesh);
    private final Group world = new Group();
    private final Group axes = new Group();
    private final TubePolyline path = new TubePolyline(2.4, material(Color.web("#D55E00")), false);
    private final List<TubePolyline> isoFlopLines = new ArrayList<>();
    private final Group isoFlopGroup = new Group();
    private final Group minima = new Group();
    private final PhongMaterial isoFlopMaterial = material(Color.WHITE);
    private final Rotate yaw = new Rotate(DEFAULT_YAW, Rotate.Y_AXIS);
    private final Rotate pitch = new Rotate(DEFAULT_PITCH, Rotate.X_AXIS);
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final SubScene subScene;
    private final Pane labelLayer = new Pane();
    private final List<AnchoredLabel> labels = new ArrayList<>();
    /** The path, the isoFLOP lines and the loss axis as 3D polylines {x, y, z}: what budget labels keep off. */
    private final List<double[][]> drawnLines = new ArrayList<>();
    private final Group leaders = new Group();
    private float[] scenePoints = new float[0];
    private float[] texCoords = new float[0];
    private PhongMaterial axisMaterial = material(Color.gray(0.3));
    private Color foreground = Color.gray(0.15);
    private ValleyFrame frame;
    private double dragX;
    private double dragY;

    /**
     * A label pinned to the nearer of two points: tick labels follow whichever floor edge faces the
     * camera. A budget label is then moved, in screen space, off the other labels and the lines.
     */
    private record AnchoredLabel(Label label, Point3D anchor, Point3D alternative, double alignX, double alignY,
                                 boolean budget) {
    }

    /** Budget labels prefer the upper right of a line's end, where the loss axis is not. */
    private static final List<LabelPlacement.Side> BUDGET_SIDES = List.of(LabelPlacement.Side.ABOVE_RIGHT,
            LabelPlacement.Side.RIGHT, LabelPlacement.Side.ABOVE, LabelPlacement.Side.BELOW_RIGHT,
            LabelPlacement.Side.ABOVE_LEFT, LabelPlacement.Side.LEFT, LabelPlacement.Side.BELOW,
            LabelPlacement.Side.BELOW_LEFT);

    ValleySurface3D(ResourceBundle bundle, int[] meshFaces) {
        this.bundle = bundle;
        setId("valley-3d");
        mesh.getFaces().setAll(meshFaces);
        PhongMaterial surfaceMaterial = new PhongMaterial(Color.WHITE);
        surfaceMaterial.setDiffuseMap(viridisTexture());
        surfaceMaterial.setSpecularColor(Color.gray(0.12));
        surface.setMaterial(surfaceMaterial);
        // Seen from below when the camera dips under the floor: draw both sides.
        surface.setCullFace(CullFace.NONE);

        AmbientLight ambient = new AmbientLight(Color.gray(0.62));
        PointLight key = new PointLight(Color.gray(0.48));
        key.getTransforms().add(new Translate(-SIZE, -4 * HEIGHT, -SIZE));
        world.getChildren().addAll(surface, axes, path, isoFlopGroup, minima, ambient, key);
        world.getTransforms().addAll(pitch, yaw);

        camera.setNearClip(1);
        camera.setFarClip(20000);
        camera.setFieldOfView(30);
        camera.setTranslateZ(-DEFAULT_DISTANCE);

        subScene = new SubScene(new Group(world), 400, 300, true, SceneAntialiasing.BALANCED);
        subScene.setId("valley-subscene");
        subScene.setCamera(camera);
        subScene.setManaged(false);
        subScene.widthProperty().bind(widthProperty());
        subScene.heightProperty().bind(heightProperty());
        labelLayer.setManaged(false);
        labelLayer.setMouseTransparent(true);
        getChildren().addAll(subScene, labelLayer);
        setMinSize(200, 200);
        setPrefSize(800, 600);
        Tooltip.install(this, new Tooltip(bundle.getString("valley.camera.tooltip")));

        setOnMousePressed(e -> {
            dragX = e.getSceneX();
            dragY = e.getSceneY();
        });
        setOnMouseDragged(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            yaw.setAngle(yaw.getAngle() - (e.getSceneX() - dragX) * 0.4);
            pitch.setAngle(Math.max(-10, Math.min(89, pitch.getAngle() + (e.getSceneY() - dragY) * 0.3)));
            dragX = e.getSceneX();
            dragY = e.getSceneY();
            requestLayout();
        });
        setOnScroll(e -> {
            double distance = -camera.getTranslateZ() * Math.exp(-e.getDeltaY() * 0.0015);
            camera.setTranslateZ(-Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, distance)));
            requestLayout();
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                resetCamera();
            }
        });
    }

    SubScene subScene() {
        return subScene;
    }

    /** The surface's mesh, for tests: the same object, with the same faces, for the view's whole life. */
    TriangleMesh mesh() {
        return mesh;
    }

    void resetCamera() {
        yaw.setAngle(DEFAULT_YAW);
        pitch.setAngle(DEFAULT_PITCH);
        camera.setTranslateZ(-DEFAULT_DISTANCE);
        requestLayout();
    }

    void setColours(Color background, Color foregroundColour) {
        subScene.setFill(background);
        this.foreground = foregroundColour;
        this.axisMaterial = material(foregroundColour.interpolate(background, 0.35));
        if (frame != null) {
            showAxes(frame);
            // The labels were made anew: without a layout pass they would all sit in the top left corner.
            requestLayout();
        }
    }

    /** Overwrites the mesh's points and texture coordinates with the frame's; the faces stay. */
    void show(ValleyFrame newFrame) {
        this.frame = newFrame;
        int n = newFrame.pointCount();
        if (scenePoints.length != 3 * n) {
            scenePoints = new float[3 * n];
            texCoords = new float[2 * n];
        }
        float[] box = newFrame.boxPoints();
        float[] colour = newFrame.colourCoordinates();
        // Keep u off the texture's outer half-texels, where linear filtering would blend in the other end.
        float margin = 0.5f / TEXTURE_WIDTH;
        for (int i = 0; i < n; i++) {
            scenePoints[3 * i] = (float) sceneX(box[3 * i]);
            scenePoints[3 * i + 1] = (float) sceneY(box[3 * i + 2]);
            scenePoints[3 * i + 2] = (float) sceneZ(box[3 * i + 1]);
            texCoords[2 * i] = margin + colour[i] * (1 - 2 * margin);
            texCoords[2 * i + 1] = 0.5f;
        }
        if (mesh.getPoints().size() == scenePoints.length) {
            mesh.getPoints().set(0, scenePoints, 0, scenePoints.length);
            mesh.getTexCoords().set(0, texCoords, 0, texCoords.length);
        } else {
            mesh.getPoints().setAll(scenePoints);
            mesh.getTexCoords().setAll(texCoords);
        }
        showLines(newFrame);
        showAxes(newFrame);
        requestLayout();
    }

    private void showLines(ValleyFrame f) {
        ValleyFrame.Line optimal = f.optimalPath();
        path.show(lineX(f, optimal), lineY(f, optimal), lineZ(f, optimal));
        drawnLines.clear();
        drawnLines.add(new double[][] {lineX(f, optimal), lineY(f, optimal), lineZ(f, optimal)});
        while (isoFlopLines.size() < f.isoFlopLines().size()) {
            TubePolyline line = new TubePolyline(1.3, isoFlopMaterial, true);
            isoFlopLines.add(line);
            isoFlopGroup.getChildren().add(line);
        }
        minima.getChildren().clear();
        for (int i = 0; i < isoFlopLines.size(); i++) {
            TubePolyline tube = isoFlopLines.get(i);
            if (i >= f.isoFlopLines().size()) {
                tube.show(new double[0], new double[0], new double[0]);
                continue;
            }
            ValleyFrame.IsoFlopLine iso = f.isoFlopLines().get(i);
            tube.show(lineX(f, iso.line()), lineY(f, iso.line()), lineZ(f, iso.line()));
            drawnLines.add(new double[][] {lineX(f, iso.line()), lineY(f, iso.line()), lineZ(f, iso.line())});
            if (iso.minimumInsideWindow()) {
                Sphere dot = new Sphere(4.5, 12);
                dot.setMaterial(isoFlopMaterial);
                dot.setTranslateX(sceneX(f.u(iso.minimumLog10Params())));
                dot.setTranslateY(sceneY(f.height(iso.minimumLoss())) - LINE_LIFT);
                dot.setTranslateZ(sceneZ(f.v(iso.minimumLog10Tokens())));
                minima.getChildren().add(dot);
            }
        }
    }

    private void showAxes(ValleyFrame f) {
        axes.getChildren().clear();
        labels.clear();
        labelLayer.getChildren().setAll(leaders);
        leaders.getChildren().clear();
        double floor = sceneY(0) + FLOOR_DROP;
        double half = SIZE / 2;
        // The floor's outline and a grid line at every decade of N and D.
        axes.getChildren().addAll(bar(-half, floor, -half, half, floor, -half, 1.0),
                bar(-half, floor, half, half, floor, half, 1.0),
                bar(-half, floor, -half, -half, floor, half, 1.0),
                bar(half, floor, -half, half, floor, half, 1.0));
        double labelGap = 16;
        for (ValleyFrame.Tick tick : f.paramsTicks()) {
            double x = sceneX(tick.fraction());
            axes.getChildren().add(bar(x, floor, -half, x, floor, half, 0.45));
            addLabel(ValleyText.powerOfTen((int) tick.value()), new Point3D(x, floor, -half - labelGap),
                    new Point3D(x, floor, half + labelGap), 0.5, 0);
        }
        for (ValleyFrame.Tick tick : f.tokensTicks()) {
            double z = sceneZ(tick.fraction());
            axes.getChildren().add(bar(-half, floor, z, half, floor, z, 0.45));
            addLabel(ValleyText.powerOfTen((int) tick.value()), new Point3D(-half - labelGap, floor, z),
                    new Point3D(half + labelGap, floor, z), 1, 0.5);
        }
        double titleGap = 60;
        addLabel(bundle.getString("axis.params"), new Point3D(0, floor, -half - titleGap),
                new Point3D(0, floor, half + titleGap), 0.5, 0);
        addLabel(bundle.getString("axis.tokens"), new Point3D(-half - titleGap, floor, 0),
                new Point3D(half + titleGap, floor, 0), 1, 0.5);

        // The loss axis stands at the floor's corner of the smallest N and the largest D.
        double top = sceneY(1);
        axes.getChildren().add(bar(-half, floor, half, -half, top, half, 1.0));
        for (ValleyFrame.Tick tick : f.lossTicks()) {
            double y = sceneY(tick.fraction());
            axes.getChildren().add(bar(-half, y, half, -half - 8, y, half, 1.0));
            // Outward along the floor's diagonal, so the labels clear the axis from the default angle.
            Point3D at = new Point3D(-half - 10, y, half + 10);
            addLabel(QuantityFormat.constant(tick.value()), at, at, 0, 0.5);
        }
        Point3D title = new Point3D(-half, top - 16, half);
        addLabel(bundle.getString("axis.loss"), title, title, 0.5, 1);
        // Each isoFLOP line names its budget at its small-model end, where the map labels it too.
        for (ValleyFrame.IsoFlopLine iso : f.isoFlopLines()) {
            if (iso.line().size() > 0) {
                Point3D end = new Point3D(sceneX(f.u(iso.line().log10Params()[0])),
                        sceneY(f.height(iso.line().loss()[0])) - 3 * LINE_LIFT, sceneZ(f.v(iso.line().log10Tokens()[0])));
                Label label = new Label(java.text.MessageFormat.format(bundle.getString("valley.budget.label"),
                        ValleyText.powerOfTen(iso.log10Flops())));
                label.getStyleClass().addAll("valley-axis-label", "valley-budget-label");
                labels.add(new AnchoredLabel(label, end, end, 0, 1, true));
                labelLayer.getChildren().add(label);
            }
        }
    }

    private Label addLabel(String text, Point3D anchor, Point3D alternative, double alignX, double alignY) {
        Label label = new Label(text);
        label.getStyleClass().add("valley-axis-label");
        label.setTextFill(foreground);
        labels.add(new AnchoredLabel(label, anchor, alternative, alignX, alignY, false));
        labelLayer.getChildren().add(label);
        return label;
    }

    @Override
    protected void layoutChildren() {
        labelLayer.resizeRelocate(0, 0, getWidth(), getHeight());
        for (AnchoredLabel anchored : labels) {
            Label label = anchored.label();
            label.applyCss();
            double width = label.prefWidth(-1);
            double height = label.prefHeight(width);
            label.resize(width, height);
            Point3D anchor = nearer(anchored.anchor(), anchored.alternative());
            Point3D projected = world.localToScene(anchor, true);
            Point2D local = labelLayer.sceneToLocal(projected.getX(), projected.getY());
            if (local == null) {
                continue;
            }
            label.relocate(local.getX() - anchored.alignX() * width, local.getY() - anchored.alignY() * height);
        }
        placeBudgetLabels();
    }

    /**
     * Moves each budget label to the nearest spot by its line's end that covers no other label, crosses
     * no drawn line and stays inside the view, with a hairline to the end when it went far.
     */
    private void placeBudgetLabels() {
        leaders.getChildren().clear();
        if (getWidth() <= 4 || getHeight() <= 4) {
            return;
        }
        LabelPlacement placement = new LabelPlacement(new Rectangle2D.Double(2, 2, getWidth() - 4, getHeight() - 4),
                3, 140, BUDGET_SIDES);
        for (AnchoredLabel anchored : labels) {
            if (!anchored.budget()) {
                Label label = anchored.label();
                placement.addObstacle(new Rectangle2D.Double(label.getLayoutX(), label.getLayoutY(), label.getWidth(),
                        label.getHeight()));
            }
        }
        for (double[][] line : drawnLines) {
            addProjected(placement, line);
        }
        if (frame != null) {
            double half = SIZE / 2;
            addProjected(placement, new double[][] {{-half, -half}, {sceneY(0) + FLOOR_DROP, sceneY(1)}, {half, half}});
        }
        for (AnchoredLabel anchored : labels) {
            if (!anchored.budget()) {
                continue;
            }
            Point2D end = project(anchored.anchor());
            if (end == null) {
                continue;
            }
            Label label = anchored.label();
            LabelPlacement.Placement placed = placement.place(new LabelPlacement.Request(end.getX(), end.getY(), 1.5,
                    label.getWidth(), label.getHeight()));
            label.relocate(placed.box().getX(), placed.box().getY());
            if (placed.leader()) {
                double[] near = placed.nearestTo(end.getX(), end.getY());
                Line leader = new Line(end.getX(), end.getY(), near[0], near[1]);
                leader.setStroke(foreground);
                leader.setOpacity(0.7);
                leaders.getChildren().add(leader);
            }
        }
    }

    /** A 3D polyline of the world as it shows on the label layer, its points thinned to at most 80. */
    private void addProjected(LabelPlacement placement, double[][] line) {
        int n = line[0].length;
        if (n < 2) {
            return;
        }
        int stride = Math.max(1, (n - 1) / 80);
        int count = (n - 1) / stride + 1 + ((n - 1) % stride == 0 ? 0 : 1);
        double[] xs = new double[count];
        double[] ys = new double[count];
        for (int k = 0; k < count; k++) {
            int i = Math.min(n - 1, k * stride);
            Point2D at = project(new Point3D(line[0][i], line[1][i], line[2][i]));
            xs[k] = at == null ? Double.NaN : at.getX();
            ys[k] = at == null ? Double.NaN : at.getY();
        }
        placement.addPolyline(xs, ys);
    }

    private Point2D project(Point3D worldPoint) {
        Point3D projected = world.localToScene(worldPoint, true);
        return labelLayer.sceneToLocal(projected.getX(), projected.getY());
    }

    /** Of two points of the world, the one nearer the camera (which looks along +z from negative z). */
    private Point3D nearer(Point3D a, Point3D b) {
        if (a.equals(b)) {
            return a;
        }
        return world.localToParent(a).getZ() <= world.localToParent(b).getZ() ? a : b;
    }

    /** The labels laid over the scene, for tests. */
    List<Label> axisLabels() {
        return labels.stream().map(AnchoredLabel::label).toList();
    }

    private static double sceneX(double u) {
        return (u - 0.5) * SIZE;
    }

    /** JavaFX's y axis points down: height 1 is the top. */
    private static double sceneY(double height) {
        return (0.5 - height) * HEIGHT;
    }

    private static double sceneZ(double v) {
        return (v - 0.5) * SIZE;
    }

    private static double[] lineX(ValleyFrame f, ValleyFrame.Line line) {
        double[] x = new double[line.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = sceneX(f.u(line.log10Params()[i]));
        }
        return x;
    }

    private static double[] lineY(ValleyFrame f, ValleyFrame.Line line) {
        double[] y = new double[line.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = sceneY(f.height(line.loss()[i])) - LINE_LIFT;
        }
        return y;
    }

    private static double[] lineZ(ValleyFrame f, ValleyFrame.Line line) {
        double[] z = new double[line.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = sceneZ(f.v(line.log10Tokens()[i]));
        }
        return z;
    }

    private Node bar(double x0, double y0, double z0, double x1, double y1, double z1, double thickness) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double dz = z1 - z0;
        Box box = new Box(Math.max(Math.abs(dx), thickness), Math.max(Math.abs(dy), thickness),
                Math.max(Math.abs(dz), thickness));
        box.setMaterial(axisMaterial);
        box.setTranslateX((x0 + x1) / 2);
        box.setTranslateY((y0 + y1) / 2);
        box.setTranslateZ((z0 + z1) / 2);
        return box;
    }

    private static PhongMaterial material(Color colour) {
        PhongMaterial material = new PhongMaterial(colour);
        material.setSpecularColor(Color.gray(0.2));
        return material;
    }

    private static WritableImage viridisTexture() {
        WritableImage image = new WritableImage(TEXTURE_WIDTH, 1);
        PixelWriter writer = image.getPixelWriter();
        for (int x = 0; x < TEXTURE_WIDTH; x++) {
            writer.setArgb(x, 0, 0xFF000000 | ViridisColorMap.rgb((x + 0.5) / TEXTURE_WIDTH));
        }
        return image;
    }
}

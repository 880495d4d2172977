package org.scalingexplorer.ui.shell;

import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Window;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.control.TableCopy;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.scenario.ScenarioHistory;
import org.scalingexplorer.ui.session.SessionController;
import org.scalingexplorer.ui.view.OpensCurves;
import org.scalingexplorer.ui.view.OpensFiles;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * The window: its {@link WindowContent} (menus, toolbar, sidebar, views, lessons, status bar), rebuilt
 * as a whole when the language changes; the models, the session and the exports survive. The shell's
 * own listeners on the settings and models are added here, once; everything a content adds to them
 * ends with that content.
 */
public final class MainWindow {

    private final AppSettings settings;
    private final ExplorerModels models;
    private final SessionController sessions;
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle");
    private final ObjectProperty<Parent> root = new SimpleObjectProperty<>(this, "root");
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty lessonsShown = new SimpleBooleanProperty(this, "lessonsShown");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final ExportJobs exportJobs;
    private final ScenarioHistory history;
    private ResourceBundle bundle;
    private WindowContent content;
    private boolean lessonsBeforePresentation;
    private SessionActions sessionActions;
    private ExportActions exportActions;

    public MainWindow(AppSettings settings, ExplorerModels models) {
        this(settings, models, new SessionController(models, settings.lastViewProperty()));
    }

    public MainWindow(AppSettings settings, ExplorerModels models, SessionController sessions) {
        this.settings = settings;
        this.models = models;
        this.sessions = sessions;
        SceneFonts.install();
        history = new ScenarioHistory(models.scenario(), models.viewSettings(), javafx.application.Platform::runLater);
        sessions.loadsProperty().addListener((obs, old, now) -> history.clear());
        exportJobs = new ExportJobs(WorkMode.BACKGROUND, new ExportJobs.Reports() {
            @Override
            public void failed(String header, Throwable error) {
                String reason = error.getMessage() == null || error.getMessage().isBlank()
                        ? error.getClass().getSimpleName() : error.getMessage();
                FileMenuItems.error(window(), header, reason);
            }

            @Override
            public void cancelled() {
                notice.set(bundle.getString("export.cancelled"));
            }
        });
        // An opened session or a lesson brings its view: show it.
        settings.lastViewProperty().addListener((obs, old, now) -> select(now));
        models.lessons().requestedViewProperty().addListener((obs, old, now) -> select(now));
        // Runs one view hands to another (curves to the Fit view): show the view that took them.
        models.runHandoff().lastDeliveryProperty().addListener((obs, old, now) -> select(now.receiverViewId()));
        chartStyle.set(settings.themeProperty().get().chartStyle());
        settings.themeProperty().addListener((obs, old, now) -> {
            updateControlTheme();
            updateChartStyle();
        });
        presentation.addListener((obs, old, now) -> {
            updateControlTheme();
            updateChartStyle();
            SceneFonts.presentation(now);
            // Esc puts back exactly what presentation changed: the lessons panel as it was.
            if (now) {
                lessonsBeforePresentation = lessonsShown.get();
                lessonsShown.set(true);
            } else {
                lessonsShown.set(lessonsBeforePresentation);
            }
            if (root.get() != null) {
                showPresentationClass(now);
            }
        });
        lessonsShown.addListener((obs, old, now) -> content.showLessons(now));
        settings.languageProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /** The content to put in the scene; replaced when the language changes. */
    public ObjectProperty<Parent> rootProperty() {
        return root;
    }

    /**
     * Presentation mode: large type, a high-contrast theme for projectors, arrows for lesson steps,
     * +/- for the focused slider and a highlight that follows the pointer. The app makes it full screen.
     */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Whether the Lessons panel is shown beside the view. */
    public BooleanProperty lessonsShownProperty() {
        return lessonsShown;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String title() {
        return bundle.getString("app.title");
    }

    /** The session of this window: its file, whether it changed, open and save. */
    public SessionController sessions() {
        return sessions;
    }

    /** Edit > Undo and Redo of the scenario and the sliders. */
    public ScenarioHistory history() {
        return history;
    }

    /** Sessions as the File menu does them; tests drive them without a file chooser. */
    SessionActions sessionActions() {
        return sessionActions;
    }

    /** Exports as the File menu does them; tests drive them without a file chooser. */
    ExportActions exportActions() {
        return exportActions;
    }

    /** The exports' background work, for tests that wait for it. */
    ExportJobs exportJobs() {
        return exportJobs;
    }

    /**
     * Exports the view on show as the File menu does, without its dialogs: the figure is drawn and
     * written in the background while {@link #exportingProperty()} is true.
     */
    public void exportCurrentView(java.nio.file.Path target, org.scalingexplorer.ui.export.ExportChoice choice) {
        exportActions.exportTo(target, choice);
    }

    /** True while an export, copy or report is drawn and written in the background. */
    public javafx.beans.property.ReadOnlyBooleanProperty exportingProperty() {
        return exportJobs.runningProperty();
    }

    /** Shows a registered view, as a click in the sidebar does. */
    public void showView(String viewId) {
        select(viewId);
    }

    /** The id of the view on show. */
    public String currentViewId() {
        ViewModule<?> module = content == null ? null : content.shownModule();
        return module == null ? ViewRegistry.first().id() : module.id();
    }

    /** Every view node the current content built, for tests. */
    java.util.List<ViewPane> builtViews() {
        return content.builtViews();
    }

    /** The node of the view on show, for tests. */
    ViewPane currentView() {
        return content == null ? null : content.shown();
    }

    private Window window() {
        Parent parent = root.get();
        return parent == null || parent.getScene() == null ? null : parent.getScene().getWindow();
    }

    private void select(String viewId) {
        ViewRegistry.byId(viewId).ifPresent(module -> {
            if (content != null && content.navigation().getSelectionModel().getSelectedItem() != module) {
                content.navigation().getSelectionModel().select(module);
            }
        });
    }

    private void rebuild() {
        if (content != null) {
            content.dispose();
        }
        bundle = settings.languageProperty().get().bundle();
        WindowContent next = new WindowContent(models, bundle, settings.languageProperty().get().locale().toString(),
                chartStyle);
        content = next;
        sessionActions = new SessionActions(settings, sessions, bundle, this::window, notice::set);
        exportActions = new ExportActions(models, bundle, chartStyle, this::currentViewId, next::shown, this::window,
                exportJobs, notice::set);
        javafx.scene.control.MenuBar menus = ShellMenus.create(bundle, settings, sessionActions, exportActions,
                this::openRuns, this::openCurves, lessonsShown, presentation, next.lifetime());
        javafx.scene.control.MenuItem guide = FileMenuItems.item(bundle, "menu.help.guide", "mdi2h-help-circle-outline",
                "F1", this::showGuide);
        guide.setId("menu-guide");
        menus.getMenus().get(menus.getMenus().size() - 1).getItems().add(0, guide);
        EditMenu edit = new EditMenu(history, bundle, notice::set);
        menus.getMenus().add(1, edit.create());
        // Go sits before Help, the last menu by habit.
        menus.getMenus().add(menus.getMenus().size() - 1, GoMenu.create(bundle, this::select));
        next.setBars(menus,
                ShellToolbar.create(bundle, settings, models.scenario(), lessonsShown, presentation, next.lifetime()),
                next.statusBar(new ShellStatus(models.scenario(), bundle, next.lifetime()), notice, exportJobs));
        next.showLessons(lessonsShown.get());
        next.navigation().getSelectionModel().selectedItemProperty().addListener((obs, old, module) -> {
            if (module != null) {
                next.show(module);
                settings.lastViewProperty().set(module.id());
            }
        });
        next.navigation().getSelectionModel().select(
                ViewRegistry.byId(settings.lastViewProperty().get()).orElse(ViewRegistry.first()));

        StackPane window = new StackPane(next.root(), pointerHighlight());
        window.setId("main-window");
        window.addEventFilter(KeyEvent.KEY_PRESSED, this::presentationKeys);
        window.addEventFilter(KeyEvent.KEY_PRESSED, new TableCopy());
        edit.install(window);
        root.set(window);
        showPresentationClass(presentation.get());
    }

    /** Help > Guide, on the page of the view on show. */
    void showGuide() {
        GuideDialog.create(bundle, settings.languageProperty().get(), currentViewId(), window()).show();
    }

    /**
     * On the content's root, where app.css is attached: a class on the window's StackPane above it was
     * out of that stylesheet's reach, so large type and the projector colours reached only the charts.
     */
    private void showPresentationClass(boolean on) {
        Parent window = content.root();
        window.getStyleClass().remove("presentation");
        if (on) {
            window.getStyleClass().add("presentation");
        }
    }

    /** The File menu's "Open training runs": the view that opens run files, then its file chooser. */
    private void openRuns() {
        ViewRegistry.MODULES.stream().filter(OpensFiles.class::isInstance).findFirst().ifPresent(module -> {
            select(module.id());
            ((OpensFiles) module).chooseFile(content.shown());
        });
    }

    /** The File menu's "Open learning curves": the view that opens curve files, then its import. */
    private void openCurves() {
        ViewRegistry.MODULES.stream().filter(OpensCurves.class::isInstance).findFirst().ifPresent(module -> {
            select(module.id());
            ((OpensCurves) module).chooseCurveFile(content.shown());
        });
    }

    /** A spot that follows the pointer in presentation mode; its filters live on this content's root. */
    private Pane pointerHighlight() {
        Circle spot = new Circle(30, Color.rgb(255, 214, 0, 0.35));
        spot.setStroke(Color.rgb(255, 214, 0, 0.9));
        spot.setStrokeWidth(3);
        spot.setManaged(false);
        spot.setVisible(false);
        Pane overlay = new Pane(spot);
        overlay.setId("pointer-highlight");
        overlay.setMouseTransparent(true);
        overlay.visibleProperty().bind(presentation);
        content.root().addEventFilter(MouseEvent.MOUSE_MOVED, e -> moveSpot(spot, e));
        content.root().addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> moveSpot(spot, e));
        return overlay;
    }

    private static void moveSpot(Circle spot, MouseEvent event) {
        // Hidden until the pointer first moves: otherwise it sits in the top-left corner over the menu.
        spot.setVisible(true);
        spot.setCenterX(event.getSceneX());
        spot.setCenterY(event.getSceneY());
    }

    private void presentationKeys(KeyEvent event) {
        if (!presentation.get() || event.getTarget() instanceof TextInputControl) {
            return;
        }
        Node focused = root.get().getScene() == null ? null : root.get().getScene().getFocusOwner();
        switch (event.getCode()) {
            case RIGHT, PAGE_DOWN -> models.lessons().next();
            case LEFT, PAGE_UP -> models.lessons().previous();
            case PLUS, ADD, EQUALS -> {
                if (focused instanceof Slider slider) {
                    slider.increment();
                }
            }
            case MINUS, SUBTRACT -> {
                if (focused instanceof Slider slider) {
                    slider.decrement();
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** The controls' theme: AtlantaFX's dark one under presentation's palette, else the chosen theme. */
    private void updateControlTheme() {
        ThemeChoice controls = presentation.get() ? ThemeChoice.DARK : settings.themeProperty().get();
        javafx.application.Application.setUserAgentStylesheet(controls.userAgentStylesheet());
    }

    private void updateChartStyle() {
        chartStyle.set(presentation.get() ? ChartStyle.PRESENTATION : settings.themeProperty().get().chartStyle());
    }
}

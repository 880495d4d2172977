package org.scalingexplorer.ui.shell;

import org.scalingexplorer.ui.chart.DisplayConverter;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.lessons.LessonsPanel;
import org.scalingexplorer.ui.session.SessionController;

/**
 * The window's content: menus, a toolbar with the law chooser, the navigation sidebar, the current
 * view and the status bar. Rebuilt as a whole when the language changes; the models survive.
 */
public final class MainWindow {

    private final AppSettings settings;
    private final ExplorerModels models;
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle");
    private final ObjectProperty<Parent> root = new SimpleObjectProperty<>(this, "root");
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty lessonsShown = new SimpleBooleanProperty(this, "lessonsShown");
    private final SessionController sessions;
    private final javafx.beans.property.StringProperty notice = new javafx.beans.property.SimpleStringProperty(this, "notice", "");
    private ResourceBundle bundle;
    private ListView<ExplorerView> navigation;
    private FileActions fileActions;
    private Node currentViewNode;

    public MainWindow(AppSettings settings, ExplorerModels models) {
        this(settings, models, new SessionController(models.scenario(), settings.lastViewProperty(), models.viewSettings(),
                models.fit()));
    }

    public MainWindow(AppSettings settings, ExplorerModels models, SessionController sessions) {
        this.settings = settings;
        this.models = models;
        this.sessions = sessions;
        // An opened session brings its last view: show it.
        settings.lastViewProperty().addListener((obs, old, now) -> ExplorerView.byId(now).ifPresent(view -> {
            if (navigation != null && navigation.getSelectionModel().getSelectedItem() != view) {
                navigation.getSelectionModel().select(view);
            }
        }));
        chartStyle.set(settings.themeProperty().get().chartStyle());
        settings.themeProperty().addListener((obs, old, now) -> {
            javafx.application.Application.setUserAgentStylesheet(now.userAgentStylesheet());
            updateChartStyle();
        });
        presentation.addListener((obs, old, now) -> {
            updateChartStyle();
            if (now) {
                lessonsShown.set(true);
            }
        });
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

    /** Sessions and exports as the File menu does them; tests drive them without a file chooser. */
    FileActions fileActions() {
        return fileActions;
    }

    /** The id of the view on show. */
    public String currentViewId() {
        ExplorerView view = navigation == null ? null : navigation.getSelectionModel().getSelectedItem();
        return view == null ? ExplorerView.POWER_LAWS.id() : view.id();
    }

    private void rebuild() {
        bundle = settings.languageProperty().get().bundle();
        BorderPane content = new BorderPane();
        fileActions = new FileActions(settings, models, sessions, bundle, chartStyle, this::currentViewId,
                () -> currentViewNode,
                () -> content.getScene() == null ? null : content.getScene().getWindow(), notice);
        content.getStylesheets().add(MainWindow.class.getResource("/org/scalingexplorer/ui/app.css").toExternalForm());
        content.setTop(new VBox(menuBar(), toolBar()));
        ShellStatus status = new ShellStatus(models.scenario(), bundle);
        content.setBottom(statusBar(status));
        navigation = navigation();
        content.setLeft(navigation);

        StackPane viewHolder = new StackPane();
        LessonsPanel lessonsPanel = new LessonsPanel(models.lessons(), bundle,
                settings.languageProperty().get().locale().toString(), chartStyle);
        SplitPane split = new SplitPane(viewHolder);
        split.setId("view-and-lessons");
        content.setCenter(split);
        showLessons(split, lessonsPanel, lessonsShown.get());
        lessonsShown.addListener((obs, old, now) -> showLessons(split, lessonsPanel, now));

        // One node per view and language: going back to a view shows the same node, not a new one
        // that would add listeners to the view-model on every visit.
        java.util.Map<ExplorerView, Node> built = new java.util.HashMap<>();
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, view) -> {
            if (view != null) {
                currentViewNode = built.computeIfAbsent(view,
                        v -> v.factory().apply(new ExplorerView.Context(bundle, models, chartStyle)));
                viewHolder.getChildren().setAll(currentViewNode);
                models.viewShown(view.id());
                settings.lastViewProperty().set(view.id());
            }
        });
        models.lessons().requestedViewProperty().addListener((obs, old, id) ->
                ExplorerView.byId(id).ifPresent(v -> navigation.getSelectionModel().select(v)));
        navigation.getSelectionModel().select(
                ExplorerView.byId(settings.lastViewProperty().get()).orElse(ExplorerView.POWER_LAWS));

        StackPane window = new StackPane(content, pointerHighlight());
        window.setId("main-window");
        window.addEventFilter(KeyEvent.KEY_PRESSED, this::presentationKeys);
        if (presentation.get()) {
            window.getStyleClass().add("presentation");
        }
        presentation.addListener((obs, old, now) -> {
            if (now) {
                window.getStyleClass().add("presentation");
            } else {
                window.getStyleClass().remove("presentation");
            }
        });
        root.set(window);
    }

    private static void showLessons(SplitPane split, LessonsPanel panel, boolean shown) {
        if (shown && !split.getItems().contains(panel)) {
            split.getItems().add(panel);
            split.setDividerPositions(0.72);
        } else if (!shown) {
            split.getItems().remove(panel);
        }
    }

    private Pane pointerHighlight() {
        Circle spot = new Circle(30, Color.rgb(255, 214, 0, 0.35));
        spot.setStroke(Color.rgb(255, 214, 0, 0.9));
        spot.setStrokeWidth(3);
        spot.setManaged(false);
        Pane overlay = new Pane(spot);
        overlay.setId("pointer-highlight");
        overlay.setMouseTransparent(true);
        overlay.visibleProperty().bind(presentation);
        overlay.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
                    spot.setCenterX(e.getSceneX());
                    spot.setCenterY(e.getSceneY());
                });
                scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
                    spot.setCenterX(e.getSceneX());
                    spot.setCenterY(e.getSceneY());
                });
            }
        });
        return overlay;
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

    private void updateChartStyle() {
        chartStyle.set(presentation.get() ? ChartStyle.PRESENTATION : settings.themeProperty().get().chartStyle());
    }

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem(bundle.getString("menu.file.quit"), new FontIcon("mdi2e-exit-to-app"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu(bundle.getString("menu.file"));
        MenuItem openRuns = new MenuItem(bundle.getString("menu.file.openRuns"), new FontIcon("mdi2t-table-arrow-down"));
        openRuns.setId("menu-open-runs");
        openRuns.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        openRuns.setOnAction(e -> {
            navigation.getSelectionModel().select(ExplorerView.FIT);
            if (currentViewNode instanceof org.scalingexplorer.ui.fit.FitView fitView) {
                fitView.chooseRunsFile();
            }
        });
        file.getItems().add(openRuns);
        file.getItems().addAll(fileActions.menuItems());
        file.getItems().add(quit);

        ToggleGroup themes = new ToggleGroup();
        Menu view = new Menu(bundle.getString("menu.view"));
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(bundle.getString("theme." + choice.name().toLowerCase(java.util.Locale.ROOT)));
            item.setToggleGroup(themes);
            item.setSelected(settings.themeProperty().get() == choice);
            item.setOnAction(e -> settings.themeProperty().set(choice));
            view.getItems().add(item);
        }
        Menu language = new Menu(bundle.getString("menu.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Language choice : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(choice.nativeName());
            item.setToggleGroup(languages);
            item.setSelected(settings.languageProperty().get() == choice);
            item.setOnAction(e -> Platform.runLater(() -> settings.languageProperty().set(choice)));
            language.getItems().add(item);
        }
        javafx.scene.control.CheckMenuItem presentationItem =
                new javafx.scene.control.CheckMenuItem(bundle.getString("menu.view.presentation"));
        presentationItem.selectedProperty().bindBidirectional(presentation);
        presentationItem.setAccelerator(KeyCombination.keyCombination("F5"));
        javafx.scene.control.CheckMenuItem lessonsItem =
                new javafx.scene.control.CheckMenuItem(bundle.getString("menu.view.lessons"));
        lessonsItem.selectedProperty().bindBidirectional(lessonsShown);
        lessonsItem.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        view.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), lessonsItem, presentationItem,
                new javafx.scene.control.SeparatorMenuItem(), language);

        MenuItem about = new MenuItem(bundle.getString("menu.help.about"), new FontIcon("mdi2i-information-outline"));
        about.setOnAction(e -> showAbout());
        Menu help = new Menu(bundle.getString("menu.help"), null, about);
        return new MenuBar(file, view, help);
    }

    private ToolBar toolBar() {
        Label lawLabel = new Label(bundle.getString("toolbar.law"));
        ComboBox<LawPreset> law = new ComboBox<>();
        law.setId("law-chooser");
        law.getItems().setAll(LawPreset.values());
        law.setConverter(new DisplayConverter<>(preset -> bundle.getString("law." + preset.id())));
        law.valueProperty().bindBidirectional(models.scenario().activePresetProperty());
        law.setTooltip(new Tooltip(bundle.getString("toolbar.law.tooltip")));
        lawLabel.setLabelFor(law);

        ToggleButton dark = new ToggleButton(null, new FontIcon("mdi2w-weather-night"));
        dark.setId("dark-theme");
        dark.setSelected(settings.themeProperty().get() == ThemeChoice.DARK);
        dark.setOnAction(e -> settings.themeProperty().set(dark.isSelected() ? ThemeChoice.DARK : ThemeChoice.LIGHT));
        settings.themeProperty().addListener((obs, old, now) -> dark.setSelected(now == ThemeChoice.DARK));
        dark.setTooltip(new Tooltip(bundle.getString("toolbar.theme.tooltip")));

        ComboBox<Language> language = new ComboBox<>();
        language.setId("language-chooser");
        language.getItems().setAll(Language.values());
        language.setConverter(new DisplayConverter<>(l -> l.nativeName()));
        language.setValue(settings.languageProperty().get());
        language.setOnAction(e -> {
            Language chosen = language.getValue();
            if (chosen != null && chosen != settings.languageProperty().get()) {
                Platform.runLater(() -> settings.languageProperty().set(chosen));
            }
        });
        language.setTooltip(new Tooltip(bundle.getString("toolbar.language.tooltip")));

        ToggleButton lessons = new ToggleButton(bundle.getString("toolbar.lessons"), new FontIcon("mdi2s-school-outline"));
        lessons.setId("lessons-toggle");
        lessons.selectedProperty().bindBidirectional(lessonsShown);
        lessons.setTooltip(new Tooltip(bundle.getString("toolbar.lessons.tooltip")));
        ToggleButton present = new ToggleButton(bundle.getString("toolbar.presentation"), new FontIcon("mdi2p-projector-screen-outline"));
        present.setId("presentation-toggle");
        present.selectedProperty().bindBidirectional(presentation);
        present.setTooltip(new Tooltip(bundle.getString("toolbar.presentation.tooltip")));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(lawLabel, law, new Separator(Orientation.VERTICAL), lessons, present, spacer, dark,
                new FontIcon("mdi2t-translate"), language);
    }

    private ListView<ExplorerView> navigation() {
        ListView<ExplorerView> list = new ListView<>();
        list.setId("navigation");
        list.getItems().setAll(ExplorerView.ALL);
        list.setPrefWidth(190);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ExplorerView item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    setText(bundle.getString(item.titleKey()));
                    setGraphic(new FontIcon(item.iconLiteral()));
                    setTooltip(new Tooltip(bundle.getString(item.titleKey() + ".tooltip")));
                }
            }
        });
        return list;
    }

    private Node statusBar(ShellStatus status) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(status.messageProperty());
        Label units = new Label(bundle.getString("status.units"));
        units.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label lastAction = new Label();
        lastAction.setId("status-notice");
        lastAction.textProperty().bind(notice);
        lastAction.getStyleClass().add("text-muted");
        HBox bar = new HBox(12, message, spacer, lastAction, units);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(bundle.getString("about.title"));
        alert.setHeaderText(bundle.getString("app.title"));
        StringBuilder sources = new StringBuilder();
        for (LawPreset preset : LawPreset.values()) {
            sources.append("\n• ").append(preset.citation());
        }
        alert.setContentText(MessageFormat.format(bundle.getString("about.text"), sources.toString()));
        alert.showAndWait();
    }
}

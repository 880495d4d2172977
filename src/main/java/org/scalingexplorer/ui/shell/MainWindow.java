package org.scalingexplorer.ui.shell;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
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
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.ChartStyle;
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
    private final SessionController sessions;
    private final javafx.beans.property.StringProperty notice = new javafx.beans.property.SimpleStringProperty(this, "notice", "");
    private ResourceBundle bundle;
    private ListView<ExplorerView> navigation;
    private FileActions fileActions;

    public MainWindow(AppSettings settings, ExplorerModels models) {
        this(settings, models, new SessionController(models.scenario(), settings.lastViewProperty()));
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
            chartStyle.set(now.chartStyle());
        });
        settings.languageProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /** The content to put in the scene; replaced when the language changes. */
    public ObjectProperty<Parent> rootProperty() {
        return root;
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
        fileActions = new FileActions(settings, models.scenario(), sessions, bundle, chartStyle, this::currentViewId,
                () -> content.getScene() == null ? null : content.getScene().getWindow(), notice);
        content.setId("main-window");
        content.getStylesheets().add(MainWindow.class.getResource("/org/scalingexplorer/ui/app.css").toExternalForm());
        content.setTop(new VBox(menuBar(), toolBar()));
        ShellStatus status = new ShellStatus(models.scenario(), bundle);
        content.setBottom(statusBar(status));
        navigation = navigation();
        content.setLeft(navigation);
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, view) -> {
            if (view != null) {
                content.setCenter(view.factory().apply(new ExplorerView.Context(bundle, models, chartStyle)));
                settings.lastViewProperty().set(view.id());
            }
        });
        navigation.getSelectionModel().select(
                ExplorerView.byId(settings.lastViewProperty().get()).orElse(ExplorerView.POWER_LAWS));
        root.set(content);
    }

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem(bundle.getString("menu.file.quit"), new FontIcon("mdi2e-exit-to-app"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu(bundle.getString("menu.file"));
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
        view.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), language);

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
        law.setConverter(new StringConverter<>() {
            @Override
            public String toString(LawPreset preset) {
                return preset == null ? "" : bundle.getString("law." + preset.id());
            }

            @Override
            public LawPreset fromString(String text) {
                return null;
            }
        });
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
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : l.nativeName();
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        language.setValue(settings.languageProperty().get());
        language.setOnAction(e -> {
            Language chosen = language.getValue();
            if (chosen != null && chosen != settings.languageProperty().get()) {
                Platform.runLater(() -> settings.languageProperty().set(chosen));
            }
        });
        language.setTooltip(new Tooltip(bundle.getString("toolbar.language.tooltip")));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(lawLabel, law, new Separator(Orientation.VERTICAL), spacer, dark,
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

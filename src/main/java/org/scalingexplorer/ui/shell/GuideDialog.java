package org.scalingexplorer.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.ViewModule;

/**
 * Help > Guide: the list of pages (every view in the sidebar's order, then the keyboard shortcuts)
 * beside the page chosen, opened on the page of the view on show. Not modal, so a teacher can keep it
 * open beside the window.
 */
final class GuideDialog {

    private GuideDialog() {
    }

    static Dialog<Void> create(ResourceBundle bundle, Language language, String shownViewId, Window owner) {
        List<String> pageIds = new ArrayList<>(ViewRegistry.ids());
        pageIds.add(GuidePages.SHORTCUTS);
        ListView<String> pages = new ListView<>();
        pages.setId("guide-pages");
        pages.getItems().setAll(pageIds);
        pages.setPrefWidth(200);
        pages.setTooltip(new Tooltip(bundle.getString("guide.pages.tooltip")));
        pages.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String pageId, boolean empty) {
                super.updateItem(pageId, empty);
                setText(empty || pageId == null ? null : pageName(bundle, pageId));
            }
        });
        VBox page = new VBox(8);
        page.setId("guide-page");
        page.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pages.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(page, now, language));
        pages.getSelectionModel().select(pageIds.contains(shownViewId) ? shownViewId : pageIds.get(0));

        BorderPane content = new BorderPane(scroll);
        content.setLeft(pages);
        content.setPrefSize(760, 520);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(bundle.getString("guide.title"));
        dialog.getDialogPane().setId("guide");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }

    private static String pageName(ResourceBundle bundle, String pageId) {
        return ViewRegistry.byId(pageId).map(ViewModule::titleKey).map(bundle::getString)
                .orElseGet(() -> bundle.getString("guide.shortcuts"));
    }

    private static void show(VBox page, String pageId, Language language) {
        page.getChildren().clear();
        if (pageId == null) {
            return;
        }
        for (GuidePages.Block block : GuidePages.parse(GuidePages.text(pageId, language).orElse(""))) {
            Label label = new Label(block.kind() == GuidePages.Kind.ITEM ? "\u2022  " + block.text() : block.text());
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.getStyleClass().add(switch (block.kind()) {
                case TITLE -> "title-3";
                case SECTION -> "text-bold";
                case ITEM -> "guide-item";
                case PARAGRAPH -> "guide-paragraph";
            });
            if (block.kind() == GuidePages.Kind.ITEM) {
                label.setPadding(new Insets(0, 0, 0, 12));
            }
            page.getChildren().add(label);
        }
    }
}

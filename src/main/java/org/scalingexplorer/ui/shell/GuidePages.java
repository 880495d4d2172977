package org.scalingexplorer.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pages of Help > Guide: one per registered view (named by its id) and one of keyboard shortcuts,
 * each in English and Chinese, read from resource files in a small Markdown subset: "# " a title,
 * "## " a section, "- " a list item, other lines paragraphs.
 */
final class GuidePages {

    /** The page that lists every shortcut. */
    static final String SHORTCUTS = "shortcuts";
    private static final String FOLDER = "/org/scalingexplorer/ui/guide/";

    /** A piece of a page, in reading order. */
    record Block(Kind kind, String text) {
    }

    enum Kind { TITLE, SECTION, ITEM, PARAGRAPH }

    private GuidePages() {
    }

    /** The page's text in the language, if the app carries it. */
    static Optional<String> text(String pageId, Language language) {
        String suffix = language == Language.SIMPLIFIED_CHINESE ? "_zh_CN" : "";
        try (InputStream in = GuidePages.class.getResourceAsStream(FOLDER + pageId + suffix + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(pageId + ": guide page cannot be read", e);
        }
    }

    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (stripped.startsWith("## ")) {
                blocks.add(new Block(Kind.SECTION, stripped.substring(3).strip()));
            } else if (stripped.startsWith("# ")) {
                blocks.add(new Block(Kind.TITLE, stripped.substring(2).strip()));
            } else if (stripped.startsWith("- ")) {
                blocks.add(new Block(Kind.ITEM, stripped.substring(2).strip()));
            } else {
                blocks.add(new Block(Kind.PARAGRAPH, stripped));
            }
        }
        return blocks;
    }
}

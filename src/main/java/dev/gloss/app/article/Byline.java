package dev.gloss.app.article;

import dev.gloss.core.model.Article;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The line under an article's title that says who wrote it, when, and where it was saved from, as
 * its source gives them; nothing when the source says none of it. The address opens only through
 * the view's link handler, which asks first.
 */
public final class Byline {
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Byline() {
    }

    static Optional<FlowPane> of(Article.Meta meta, Consumer<String> onLink) {
        List<javafx.scene.Node> parts = new ArrayList<>();
        if (meta.author() != null) {
            parts.add(label("By " + meta.author()));
        }
        if (meta.published() != null) {
            parts.add(label(readableDate(meta.published())));
        }
        if (meta.sourceUrl() != null) {
            Hyperlink link = new Hyperlink(host(meta.sourceUrl()));
            link.getStyleClass().add("byline-source");
            link.setTooltip(new Tooltip(meta.sourceUrl()));
            link.setAccessibleText("Saved from " + meta.sourceUrl());
            link.setFocusTraversable(false);
            link.setOnAction(e -> onLink.accept(meta.sourceUrl()));
            parts.add(link);
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        FlowPane line = new FlowPane(4, 2);
        line.getStyleClass().add("article-byline");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                line.getChildren().add(label("·"));
            }
            line.getChildren().add(parts.get(i));
        }
        line.setAccessibleRole(AccessibleRole.TEXT);
        return Optional.of(line);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("byline-part");
        return l;
    }

    /** "2024-05-12" or "2024-05-12T09:30:00+01:00" as "12 May 2024"; anything else as given (the library list too). */
    public static String readableDate(String published) {
        try {
            return READABLE.format(OffsetDateTime.parse(published));
        } catch (DateTimeParseException e) {
            try {
                return READABLE.format(LocalDate.parse(published.length() >= 10 ? published.substring(0, 10) : published));
            } catch (DateTimeParseException again) {
                return published;
            }
        }
    }

    public static String host(String address) {
        try {
            String host = URI.create(address).getHost();
            return host == null ? address : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return address;
        }
    }
}

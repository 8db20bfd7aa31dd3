package dev.gloss.app.reader;

import dev.gloss.core.model.Article;
import dev.gloss.core.settings.ReadingPosition;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the reader was in each article and how far they have read it: what reopens an article
 * where it was left and what the library shows as its progress ("unread", "42 %", "finished").
 * Used on the FX thread.
 */
public final class ReadingPositions {
    private final Map<String, ReadingPosition> byArticle = new HashMap<>();
    /** The position in the article being read, as the view last reported it (or as it was opened). */
    private final ReadOnlyObjectWrapper<ReadingPosition> position = new ReadOnlyObjectWrapper<>(this, "position");
    /** How much of the article being read is above the bottom of the view, from 0 to 1. */
    private final ReadOnlyDoubleWrapper through = new ReadOnlyDoubleWrapper(this, "through");
    /** Counts changes of what the library shows as an article's progress (unread, a percent, finished). */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    /** Where an article was left, if it was read before. */
    public Optional<ReadingPosition> of(String articleId) {
        return Optional.ofNullable(byArticle.get(articleId));
    }

    /**
     * Where an article was left: the character at the top of the view, or the section when only
     * that was saved; the top when nothing was, or the section is gone.
     */
    Place reopenAt(Article a) {
        Optional<ReadingPosition> saved = of(a.id()).filter(p -> p.sectionId().flatMap(a::section).isPresent());
        return saved.map(p -> Place.at(a.id(), p.sectionId().get(), p.offset())).orElse(Place.article(a.id()));
    }

    /** The article {@code articleId} is opened: its saved position is the position until the view reports one. */
    void opened(String articleId) {
        position.set(byArticle.get(articleId));
    }

    /**
     * The reader is at {@code now} in an article: the character at the top of the view, and how
     * much of the article has been on screen. The furthest point reached is kept.
     */
    void moved(String articleId, ReadingPosition now) {
        ReadingPosition before = byArticle.get(articleId);
        ReadingPosition merged = before == null ? now : before.movedTo(now);
        byArticle.put(articleId, merged);
        if (before == null || !label(before).equals(label(merged))) {
            revision.set(revision.get() + 1);
        }
        through.set(now.furthest());
        position.set(merged);
    }

    /** What the library shows of an article's progress: "unread", "42 %" or "finished". */
    public String progressLabel(String articleId) {
        ReadingPosition p = byArticle.get(articleId);
        return p == null ? "unread" : label(p);
    }

    private static String label(ReadingPosition p) {
        return p.finished() ? "finished" : Math.round(p.furthest() * 100) + " %";
    }

    /** The saved reading positions, article id to section id, for the settings file. */
    public Map<String, String> sections() {
        Map<String, String> sections = new HashMap<>();
        byArticle.forEach((id, p) -> p.sectionId().ifPresent(s -> sections.put(id, s)));
        return Map.copyOf(sections);
    }

    /** Sections to reopen articles at, as an earlier version kept them. */
    public void restoreSections(Map<String, String> positions) {
        positions.forEach((id, section) -> byArticle.put(id, ReadingPosition.of(0, section)));
    }

    /** Where the reader was in each article and how far they had read, from the settings file. */
    public void restore(Map<String, ReadingPosition> positions) {
        byArticle.putAll(positions);
        revision.set(revision.get() + 1);
    }

    /** The position in the article being read; changes as the reader scrolls. */
    public ReadOnlyObjectProperty<ReadingPosition> positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** How much of the article being read has been on screen (0 to 1), as last reported. */
    public ReadOnlyDoubleProperty throughProperty() {
        return through.getReadOnlyProperty();
    }

    /** Changes whenever an article's progress as the library shows it changes. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}

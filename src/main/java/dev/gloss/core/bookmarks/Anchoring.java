package dev.gloss.core.bookmarks;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds where each bookmark belongs in a library that may have changed since it was made: by its
 * section id; else by its quote (for a whole section, the section's opening), preferring the
 * occurrence whose surroundings match the saved context, then the same article; else by its
 * section title; else it is detached. Nothing is ever dropped.
 */
public final class Anchoring {
    private final Library library;
    private final Map<String, NormalizedText> normalizedSections = new HashMap<>();

    public Anchoring(Library library) {
        this.library = library;
    }

    public List<ResolvedBookmark> resolveAll(List<Bookmark> bookmarks) {
        List<ResolvedBookmark> resolved = new ArrayList<>(bookmarks.size());
        for (Bookmark b : bookmarks) {
            resolved.add(resolve(b));
        }
        return resolved;
    }

    public ResolvedBookmark resolve(Bookmark bookmark) {
        Optional<Section> byId = bookmark.sectionId().isEmpty() ? Optional.empty() : library.section(bookmark.sectionId());
        if (byId.isPresent()) {
            Section section = byId.get();
            if (!bookmark.isPassage()) {
                return attached(bookmark, ResolvedBookmark.Match.SECTION_ID, section, Optional.empty());
            }
            Optional<Passages.Match> here = Passages.find(normalized(section), bookmark.quote(),
                    bookmark.contextBefore(), bookmark.contextAfter());
            if (here.isPresent()) {
                return attached(bookmark, ResolvedBookmark.Match.SECTION_ID, section, here.map(Passages.Match::range));
            }
            // The passage left its section (moved, or edited away): follow it if it is elsewhere.
            return byAnchorText(bookmark).orElse(
                    attached(bookmark, ResolvedBookmark.Match.SECTION_ID, section, Optional.empty()));
        }
        return byAnchorText(bookmark)
                .or(() -> byTitle(bookmark))
                .orElse(new ResolvedBookmark(bookmark, AnchorState.DETACHED, ResolvedBookmark.Match.NONE,
                        Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private Optional<ResolvedBookmark> byAnchorText(Bookmark bookmark) {
        if (NormalizedText.normalize(bookmark.anchorText()).isEmpty()) {
            return Optional.empty();
        }
        String before = bookmark.isPassage() ? bookmark.contextBefore() : "";
        String after = bookmark.isPassage() ? bookmark.contextAfter() : "";
        Section bestSection = null;
        Passages.Match best = null;
        int bestScore = -1;
        for (Article article : library.articles()) {
            for (Section section : article.sections()) {
                Optional<Passages.Match> m = Passages.find(normalized(section), bookmark.anchorText(), before, after);
                if (m.isEmpty()) {
                    continue;
                }
                int score = m.get().contextScore() * 2 + (article.id().equals(bookmark.articleId()) ? 1 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = m.get();
                    bestSection = section;
                }
            }
        }
        if (bestSection == null) {
            return Optional.empty();
        }
        Optional<TextRange> passage = bookmark.isPassage() ? Optional.of(best.range()) : Optional.empty();
        return Optional.of(attached(bookmark, ResolvedBookmark.Match.QUOTE, bestSection, passage));
    }

    /** A section of the same title, if there is exactly one (in the bookmark's article, else anywhere). */
    private Optional<ResolvedBookmark> byTitle(Bookmark bookmark) {
        String title = NormalizedText.normalize(bookmark.sectionTitle());
        if (title.isEmpty()) {
            return Optional.empty();
        }
        List<Section> sameArticle = new ArrayList<>();
        List<Section> anywhere = new ArrayList<>();
        for (Article article : library.articles()) {
            for (Section section : article.sections()) {
                if (section.hasVisibleTitle() && NormalizedText.normalize(section.title()).equals(title)) {
                    anywhere.add(section);
                    if (article.id().equals(bookmark.articleId())) {
                        sameArticle.add(section);
                    }
                }
            }
        }
        List<Section> candidates = sameArticle.isEmpty() ? anywhere : sameArticle;
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(attached(bookmark, ResolvedBookmark.Match.TITLE, candidates.get(0), Optional.empty()));
    }

    private ResolvedBookmark attached(Bookmark bookmark, ResolvedBookmark.Match match, Section section,
                                      Optional<TextRange> passage) {
        return new ResolvedBookmark(bookmark, AnchorState.ATTACHED, match, library.articleOf(section.id()),
                Optional.of(section), passage);
    }

    private NormalizedText normalized(Section section) {
        return normalizedSections.computeIfAbsent(section.id(), id -> NormalizedText.of(section.plainText()));
    }
}

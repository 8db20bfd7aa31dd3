package dev.gloss.core.topics;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Topics from the tags, categories and keywords the articles carry (front matter, HTML meta
 * keywords, {@code article:tag}, JSON-LD keywords: {@link Article.Meta#tags()}). Tags that differ
 * only in case, plural or spacing are one topic ("Web Components", "web-components",
 * "web component"), named as most articles write it. A topic holds every section of the articles
 * that carry the tag. A tag only one article carries is a topic only in a small library (at most
 * {@value #SMALL_LIBRARY} tagged articles), where it is one of few; in a larger one hundreds of
 * one-article topics would bury the rest.
 */
final class TagTopics {
    static final int SMALL_LIBRARY = 20;
    static final String ID_PREFIX = "tag-";

    private TagTopics() {
    }

    /** A topic with its sections in library order. */
    record Group(Topic topic, List<String> sectionIds) {
    }

    static List<Group> of(List<Article> articles) {
        Map<String, List<Article>> byKey = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> forms = new LinkedHashMap<>();
        int tagged = 0;
        for (Article a : articles) {
            Set<String> keys = new HashSet<>();
            for (String tag : a.meta().tags()) {
                String key = key(tag);
                if (key.isEmpty() || !keys.add(key)) {
                    continue;
                }
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
                forms.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(tag.strip(), 1, Integer::sum);
            }
            tagged += keys.isEmpty() ? 0 : 1;
        }
        boolean small = tagged <= SMALL_LIBRARY;
        List<Group> groups = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, List<Article>> e : byKey.entrySet()) {
            List<Article> carriers = e.getValue();
            if (carriers.size() < 2 && !small) {
                continue;
            }
            Map<String, Integer> written = forms.get(e.getKey());
            String name = written.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            // The id comes from the spelling seen first, not the name: it stays when another spelling takes the lead.
            String id = uniqueId(ID_PREFIX + slugOrHash(e.getKey(), written.keySet().iterator().next()), ids);
            List<String> sections = new ArrayList<>();
            for (Article a : carriers) {
                for (Section s : a.sections()) {
                    sections.add(s.id());
                }
            }
            groups.add(new Group(new Topic(id, name, description(name, carriers.size(), written.keySet()),
                    List.of(name), TopicSource.TAGS), List.copyOf(sections)));
        }
        groups.sort(Comparator.comparingInt((Group g) -> -g.sectionIds().size()));
        return groups;
    }

    private static String description(String name, int articles, Set<String> written) {
        List<String> others = written.stream().filter(w -> !w.equals(name)).map(w -> "“" + w + "”").toList();
        return "The sections of the " + (articles == 1 ? "article" : articles + " articles") + " tagged “" + name
                + "” by " + (articles == 1 ? "its" : "their") + " authors"
                + (others.isEmpty() ? "" : " (also written " + String.join(", ", others) + ")") + ".";
    }

    /**
     * The key tags merge on: its words in lowercase, stemmed (plurals and inflections meet), joined
     * without spaces (so "web components", "web-components" and "webcomponents" meet too).
     */
    static String key(String tag) {
        String cleaned = tag.strip();
        while (cleaned.startsWith("#")) {
            cleaned = cleaned.substring(1);
        }
        StringBuilder key = new StringBuilder();
        for (String word : StemmedTokens.of(cleaned.toLowerCase(Locale.ROOT))) {
            key.append(word);
        }
        return key.toString();
    }

    private static String slugOrHash(String key, String firstWritten) {
        String slug = TopicDiscovery.slug(firstWritten);
        return slug.isEmpty() ? Integer.toHexString(key.hashCode()) : slug;
    }

    private static String uniqueId(String base, Set<String> taken) {
        String id = base;
        for (int k = 2; !taken.add(id); k++) {
            id = base + "-" + k;
        }
        return id;
    }
}

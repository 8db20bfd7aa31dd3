package dev.gloss.core.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every glossary term in a text in one pass: a trie over the stems of the words of all
 * names and aliases, walked from each word of the text. At each position the longest name wins
 * ("matrix Gla protein" over a shorter entry), and matching resumes after it, so matches never
 * overlap. The walk from one position is bounded by the longest name, a handful of words.
 */
final class TermMatcher {

    /** A term found in a text: its id and character offsets. */
    record Match(String termId, int start, int end) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        String termId;
    }

    private final Node root = new Node();

    TermMatcher(List<Term> terms) {
        for (Term term : terms) {
            for (String name : term.names()) {
                add(name, term.id());
            }
        }
    }

    private void add(String name, String termId) {
        List<Tokens.Token> words = Tokens.of(name);
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        for (Tokens.Token word : words) {
            node = node.children.computeIfAbsent(word.stem(), k -> new Node());
        }
        node.termId = termId;
    }

    List<Match> find(String text) {
        return find(Tokens.of(text));
    }

    List<Match> find(List<Tokens.Token> tokens) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Node node = root;
            int bestEnd = -1;
            String bestTerm = null;
            for (int j = i; j < tokens.size(); j++) {
                if (j > i && !tokens.get(j).joined()) {
                    break;
                }
                node = node.children.get(tokens.get(j).stem());
                if (node == null) {
                    break;
                }
                if (node.termId != null) {
                    bestEnd = j;
                    bestTerm = node.termId;
                }
            }
            if (bestTerm != null) {
                matches.add(new Match(bestTerm, tokens.get(i).start(), tokens.get(bestEnd).end()));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return matches;
    }
}

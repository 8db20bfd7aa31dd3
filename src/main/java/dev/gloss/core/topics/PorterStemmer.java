package dev.gloss.core.topics;

/**
 * The Porter stemming algorithm (M. F. Porter, "An algorithm for suffix stripping", 1980), as in
 * the author's reference implementation, including its two later departures from the paper:
 * "bli" becomes "ble" (not "abli" → "able") and "logi" becomes "log".
 *
 * <p>Our own small implementation rather than Lucene's, so that topic tagging does not load Lucene
 * before the window's first frame. Words of lowercase a–z only are stemmed; anything else (digits,
 * accented letters) is returned as it is, since the rules only make sense for English letters.
 * Not thread-confined: it keeps no state between calls.
 */
public final class PorterStemmer {

    private PorterStemmer() {
    }

    public static String stem(String word) {
        if (word.length() <= 2 || !isLowerAscii(word)) {
            return word;
        }
        Word w = new Word(word);
        w.step1ab();
        w.step1c();
        w.step2();
        w.step3();
        w.step4();
        w.step5();
        return w.toString();
    }

    private static boolean isLowerAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** The word being stemmed: b[0..k] is the current word, b[0..j] the stem before a matched suffix. */
    private static final class Word {
        private char[] b;
        private int k;
        private int j;

        Word(String word) {
            b = word.toCharArray();
            k = b.length - 1;
        }

        @Override
        public String toString() {
            return new String(b, 0, k + 1);
        }

        /** Whether b[i] is a consonant; 'y' is a consonant at the start or after a vowel. */
        private boolean cons(int i) {
            switch (b[i]) {
                case 'a', 'e', 'i', 'o', 'u':
                    return false;
                case 'y':
                    return i == 0 || !cons(i - 1);
                default:
                    return true;
            }
        }

        /** The measure m of b[0..j]: the number of vowel-consonant sequences, [C](VC)^m[V]. */
        private int m() {
            int n = 0;
            int i = 0;
            while (i <= j && cons(i)) {
                i++;
            }
            while (i <= j) {
                while (i <= j && !cons(i)) {
                    i++;
                }
                if (i > j) {
                    break;
                }
                while (i <= j && cons(i)) {
                    i++;
                }
                n++;
            }
            return n;
        }

        private boolean vowelInStem() {
            for (int i = 0; i <= j; i++) {
                if (!cons(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean doubleConsonant(int at) {
            return at >= 1 && b[at] == b[at - 1] && cons(at);
        }

        /** consonant-vowel-consonant ending at i, the last not w, x or y: "hop", not "snow". */
        private boolean cvc(int i) {
            if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
                return false;
            }
            char ch = b[i];
            return ch != 'w' && ch != 'x' && ch != 'y';
        }

        /** Whether b[0..k] ends with s; if so j marks the end of the stem before it. */
        private boolean ends(String s) {
            int length = s.length();
            int start = k - length + 1;
            if (start < 0) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (b[start + i] != s.charAt(i)) {
                    return false;
                }
            }
            j = k - length;
            return true;
        }

        /** Replaces b[j+1..k] with s. */
        private void setTo(String s) {
            int length = s.length();
            if (j + 1 + length > b.length) {
                b = java.util.Arrays.copyOf(b, j + 1 + length);
            }
            for (int i = 0; i < length; i++) {
                b[j + 1 + i] = s.charAt(i);
            }
            k = j + length;
        }

        private void replaceIfMeasured(String s) {
            if (m() > 0) {
                setTo(s);
            }
        }

        /** Plurals and -ed or -ing: caresses → caress, ponies → poni, meetings → meet. */
        void step1ab() {
            if (b[k] == 's') {
                if (ends("sses")) {
                    k -= 2;
                } else if (ends("ies")) {
                    setTo("i");
                } else if (b[k - 1] != 's') {
                    k--;
                }
            }
            if (ends("eed")) {
                if (m() > 0) {
                    k--;
                }
            } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
                k = j;
                if (ends("at")) {
                    setTo("ate");
                } else if (ends("bl")) {
                    setTo("ble");
                } else if (ends("iz")) {
                    setTo("ize");
                } else if (doubleConsonant(k)) {
                    k--;
                    char ch = b[k];
                    if (ch == 'l' || ch == 's' || ch == 'z') {
                        k++;
                    }
                } else if (m() == 1 && cvc(k)) {
                    setTo("e");
                }
            }
        }

        /** A final y after a vowel in the stem becomes i. */
        void step1c() {
            if (ends("y") && vowelInStem()) {
                b[k] = 'i';
            }
        }

        /** Double suffixes to single ones: -ization → -ize, -ational → -ate. */
        void step2() {
            if (k == 0) {
                return;
            }
            switch (b[k - 1]) {
                case 'a' -> firstOf("ational", "ate", "tional", "tion");
                case 'c' -> firstOf("enci", "ence", "anci", "ance");
                case 'e' -> firstOf("izer", "ize");
                case 'l' -> firstOf("bli", "ble", "alli", "al", "entli", "ent", "eli", "e", "ousli", "ous");
                case 'o' -> firstOf("ization", "ize", "ation", "ate", "ator", "ate");
                case 's' -> firstOf("alism", "al", "iveness", "ive", "fulness", "ful", "ousness", "ous");
                case 't' -> firstOf("aliti", "al", "iviti", "ive", "biliti", "ble");
                case 'g' -> firstOf("logi", "log");
                default -> {
                }
            }
        }

        /** -ic-, -full, -ness and the like. */
        void step3() {
            switch (b[k]) {
                case 'e' -> firstOf("icate", "ic", "ative", "", "alize", "al");
                case 'i' -> firstOf("iciti", "ic");
                case 'l' -> firstOf("ical", "ic", "ful", "");
                case 's' -> firstOf("ness", "");
                default -> {
                }
            }
        }

        /**
         * Tries (suffix, replacement) pairs in order; the first suffix that matches is replaced if
         * its stem has a measure above zero, and no later pair is tried either way.
         */
        private void firstOf(String... suffixesAndReplacements) {
            for (int i = 0; i < suffixesAndReplacements.length; i += 2) {
                if (ends(suffixesAndReplacements[i])) {
                    replaceIfMeasured(suffixesAndReplacements[i + 1]);
                    return;
                }
            }
        }

        /** Removes -ant, -ence, -ment and the like when the stem's measure is above one. */
        void step4() {
            if (k == 0) {
                return;
            }
            boolean matched = switch (b[k - 1]) {
                case 'a' -> ends("al");
                case 'c' -> ends("ance") || ends("ence");
                case 'e' -> ends("er");
                case 'i' -> ends("ic");
                case 'l' -> ends("able") || ends("ible");
                case 'n' -> ends("ant") || ends("ement") || ends("ment") || ends("ent");
                case 'o' -> ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't') || ends("ou");
                case 's' -> ends("ism");
                case 't' -> ends("ate") || ends("iti");
                case 'u' -> ends("ous");
                case 'v' -> ends("ive");
                case 'z' -> ends("ize");
                default -> false;
            };
            if (matched && m() > 1) {
                k = j;
            }
        }

        /** A final -e when the measure allows it, and -ll to -l: probate → probat, controll → control. */
        void step5() {
            j = k;
            if (b[k] == 'e') {
                int a = m();
                if (a > 1 || a == 1 && !cvc(k - 1)) {
                    k--;
                }
            }
            if (b[k] == 'l' && doubleConsonant(k) && m() > 1) {
                k--;
            }
        }
    }
}

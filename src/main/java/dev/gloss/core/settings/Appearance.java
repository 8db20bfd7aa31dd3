package dev.gloss.core.settings;

/** What the desktop prefers, as far as {@link SystemAppearance} can tell. */
public enum Appearance {
    LIGHT, DARK, UNKNOWN
}

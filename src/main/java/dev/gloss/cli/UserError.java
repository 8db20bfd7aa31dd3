package dev.gloss.cli;

/** A failure the person at the command line caused and can fix: printed as one line, no stack trace. */
final class UserError extends RuntimeException {
    private final int exitCode;

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}

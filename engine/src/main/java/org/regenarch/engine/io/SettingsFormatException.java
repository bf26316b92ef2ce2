package org.regenarch.engine.io;

/**
 * A settings or results file cannot be read: the message names the file, the line and what was
 * expected. An {@link IllegalArgumentException}, so the command line reports it as invalid input.
 */
public final class SettingsFormatException extends IllegalArgumentException {
  public SettingsFormatException(String source, int line, String message) {
    super(source + (line > 0 ? ":" + line : "") + ": " + message);
  }
}

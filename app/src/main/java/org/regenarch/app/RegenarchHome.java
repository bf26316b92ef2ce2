package org.regenarch.app;

import java.nio.file.Path;

/**
 * The repository root, where vendored data (test suite, benchmark models) lives. The launcher
 * {@code ./regenarch} passes it as {@code -Dregenarch.home}; without it, the working directory.
 */
final class RegenarchHome {
  static final String PROPERTY = "regenarch.home";

  private RegenarchHome() {}

  static Path path() {
    return Path.of(System.getProperty(PROPERTY, "."));
  }

  /** The vendored SBML Test Suite (L3V2 semantic cases). */
  static Path suiteDir() {
    return path().resolve("engine/src/test/resources/sbml-test-suite");
  }

  /** The vendored sosbench benchmark models. */
  static Path sosbenchDir() {
    return path().resolve("engine/src/test/resources/sosbench");
  }
}

package org.regenarch.engine.testsuite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/** One SBML Test Suite case: folder {@code NNNNN/} with its L3V2 model, settings, results, description. */
public record SuiteCase(String id, Path dir) {

  /** Level and version of the models judged (issue 2: the L3V2 cases). */
  public static final String MODEL_SUFFIX = "-sbml-l3v2.xml";

  public int number() {
    return Integer.parseInt(id);
  }

  public Path model() {
    return dir.resolve(id + MODEL_SUFFIX);
  }

  public Path settings() {
    return dir.resolve(id + "-settings.txt");
  }

  public Path results() {
    return dir.resolve(id + "-results.csv");
  }

  public Path description() {
    return dir.resolve(id + "-model.m");
  }

  /**
   * The cases under {@code semanticDir} (folders named by 5 digits) that have an L3V2 model and
   * whose number passes {@code include}, sorted by number.
   */
  public static List<SuiteCase> discover(Path semanticDir, IntPredicate include) {
    if (!Files.isDirectory(semanticDir)) {
      throw new IllegalArgumentException("test-suite folder not found: " + semanticDir);
    }
    List<SuiteCase> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(semanticDir)) {
      for (Path d : dirs.sorted().toList()) {
        String name = d.getFileName().toString();
        if (!name.matches("\\d{5}") || !include.test(Integer.parseInt(name))) {
          continue;
        }
        SuiteCase c = new SuiteCase(name, d);
        if (Files.isRegularFile(c.model())) {
          cases.add(c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + semanticDir + ": " + e.getMessage(), e);
    }
    return cases;
  }
}

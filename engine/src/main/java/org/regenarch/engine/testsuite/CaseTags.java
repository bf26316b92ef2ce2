package org.regenarch.engine.testsuite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The feature tags of a test case, from the header lines of its {@code NNNNN-model.m}
 * ({@code componentTags:}, {@code testTags:}, {@code testType:}).
 */
public record CaseTags(Set<String> componentTags, Set<String> testTags, String testType) {

  /**
   * Tags that make a case "non-core", as defined by the suite's README on the reference shelf
   * (../shared/sbml-test-suite/README.md): 1372 of the 1690 L3V2 cases have none of them.
   */
  static final List<String> NON_CORE_TAGS = List.of(
      "AlgebraicRule", "FastReaction", "CSymbolDelay", "DelayInTrigger", "RandomEventExecution");

  /** Tag prefixes of SBML Level 3 packages the core does not include (same source). */
  static final List<String> NON_CORE_PREFIXES = List.of("comp:", "fbc:");

  /** Test type of flux-balance cases, which report fluxes instead of a time course. */
  public static final String FLUX_BALANCE = "FluxBalanceSteadyState";

  public static final CaseTags NONE = new CaseTags(Set.of(), Set.of(), "");

  public CaseTags {
    componentTags = Set.copyOf(componentTags);
    testTags = Set.copyOf(testTags);
  }

  /** All tags (component and test tags), in a stable order. */
  public Set<String> all() {
    Set<String> all = new LinkedHashSet<>(componentTags.stream().sorted().toList());
    all.addAll(testTags.stream().sorted().toList());
    return all;
  }

  /** True when the case uses only core SBML features (see {@link #NON_CORE_TAGS}). */
  public boolean isCore() {
    if (FLUX_BALANCE.equals(testType)) {
      return false;
    }
    for (String t : all()) {
      if (NON_CORE_TAGS.contains(t) || NON_CORE_PREFIXES.stream().anyMatch(t::startsWith)) {
        return false;
      }
    }
    return true;
  }

  public static CaseTags read(Path modelDescription) {
    try {
      return parse(Files.readString(modelDescription, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + modelDescription + ": " + e.getMessage(), e);
    }
  }

  /** Parses the header; missing lines give empty tag sets. */
  public static CaseTags parse(String text) {
    Set<String> component = new LinkedHashSet<>();
    Set<String> test = new LinkedHashSet<>();
    String type = "";
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "componenttags" -> component.addAll(split(value));
        case "testtags" -> test.addAll(split(value));
        case "testtype" -> type = value;
        default -> { }
      }
    }
    return new CaseTags(component, test, type);
  }

  private static List<String> split(String value) {
    return java.util.Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}

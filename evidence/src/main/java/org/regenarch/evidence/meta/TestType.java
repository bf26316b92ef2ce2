package org.regenarch.evidence.meta;

/** Inference for the fixed effects: standard normal (z) or Knapp–Hartung adjusted t. */
public enum TestType {
  Z("z"), KNHA("knha");

  private final String label;

  TestType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static TestType parse(String s) {
    for (TestType t : values()) {
      if (t.label.equalsIgnoreCase(s)) {
        return t;
      }
    }
    throw new MetaInputException("--test must be z or knha, got '" + s + "'");
  }
}

package org.regenarch.engine.fba;

/** Direction of a flux objective (fbc {@code fbc:type="maximize"} or {@code "minimize"}). */
public enum ObjectiveSense {
  MAXIMIZE,
  MINIMIZE
}

package org.regenarch.engine;

/**
 * A model uses an SBML feature the engine does not support yet. The message names the element and
 * the feature, so the user knows exactly what to change. Never replaced by a silent wrong answer.
 */
public final class UnsupportedFeatureException extends RuntimeException {
  private final String feature;

  public UnsupportedFeatureException(String feature, String element) {
    super("unsupported SBML feature '" + feature + "' in " + element);
    this.feature = feature;
  }

  public String feature() {
    return feature;
  }
}

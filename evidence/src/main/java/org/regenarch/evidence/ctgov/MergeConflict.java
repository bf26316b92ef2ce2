package org.regenarch.evidence.ctgov;

/** A field on which a curated study and its registry record disagree; the curated value is kept. */
public record MergeConflict(String studyId, String registryId, String field, String curatedValue, String importedValue) {
  @Override
  public String toString() {
    return studyId + " vs " + registryId + ": " + field + ": curated '" + curatedValue + "' kept, registry has '"
        + importedValue + "'";
  }
}

package org.regenarch.evidence.base;

/**
 * Where a value comes from: the page address and the place on it (e.g. "Table 2", "abstract").
 *
 * @param url public address of the source
 * @param location place in the source (table, figure, section)
 * @param curatedFrom the project file it was transcribed from (null for imported records)
 */
public record SourceRef(String url, String location, String curatedFrom) {
  @Override
  public String toString() {
    return url + " (" + location + ")";
  }
}

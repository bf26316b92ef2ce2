package org.regenarch.evidence.base;

import org.regenarch.evidence.base.Enums.DoseBasis;

/**
 * Dose of an arm as ranges (min = max for a single value); null where the source gives none.
 *
 * @param cellsPerKgMin cells (or particles) per kg body weight, lower end
 * @param cellsPerKgMax upper end
 * @param totalCellsMin total cells (or particles), lower end
 * @param totalCellsMax upper end
 * @param administrations number of administrations, if stated
 * @param basis whether the numbers are per administration or per course
 * @param asPrinted the dose text of the source
 */
public record Dose(
    Double cellsPerKgMin,
    Double cellsPerKgMax,
    Double totalCellsMin,
    Double totalCellsMax,
    Integer administrations,
    DoseBasis basis,
    String asPrinted) {

  /** True when a per-kg range is given and overlaps [lo, hi] (either bound may be null = open). */
  public boolean perKgOverlaps(Double lo, Double hi) {
    if (cellsPerKgMin == null || cellsPerKgMax == null) {
      return false;
    }
    return (lo == null || cellsPerKgMax >= lo) && (hi == null || cellsPerKgMin <= hi);
  }
}

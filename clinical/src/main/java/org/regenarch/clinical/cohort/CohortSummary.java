package org.regenarch.clinical.cohort;

/**
 * What a cohort run did.
 *
 * @param rows data rows read (header excluded)
 * @param badRows rows that could not be read at all (no score computed); reported with line numbers
 * @param scoreErrors individual scores rejected on otherwise readable rows (e.g. MELD under age 12)
 * @param warnings implausible-but-possible values reported
 */
public record CohortSummary(long rows, long badRows, long scoreErrors, long warnings) {}

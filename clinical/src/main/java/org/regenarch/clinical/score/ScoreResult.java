package org.regenarch.clinical.score;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one score, shaped so that the CLI JSON is a direct mapping.
 *
 * @param score the score's name as on the command line ("meld", "meld-na", ...)
 * @param value the official number: an Integer for MELD, MELD-Na, MELD 3.0 (allocation value, capped
 *     at 40) and Child-Pugh points; a Double (4 decimals) for ALBI, APRI and FIB-4
 * @param unrounded the value before rounding (and before any cap)
 * @param classification Child-Pugh class ("A"/"B"/"C" String), ALBI grade (Integer 1..3), the APRI /
 *     FIB-4 band (String), or null for the MELD family
 * @param uncapped MELD 3.0 only: the rounded model value without the allocation cap; null otherwise
 * @param inputs the inputs as used after floors, caps and bounds, keyed by name_unit, in order
 * @param notes which rules changed an input or the result, and caveats
 */
public record ScoreResult(
    String score,
    Number value,
    double unrounded,
    Object classification,
    Integer uncapped,
    Map<String, Object> inputs,
    List<String> notes) {

  public ScoreResult {
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    notes = List.copyOf(notes);
  }
}

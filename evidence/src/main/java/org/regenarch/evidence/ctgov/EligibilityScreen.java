package org.regenarch.evidence.ctgov;

import java.util.Optional;
import org.regenarch.evidence.base.Enums.Condition;
import org.regenarch.evidence.base.Study;

/**
 * Screening rule of the evidence base (docs/evidence-base.md): a record is included when it studies a
 * liver population (cirrhosis, ACLF or other liver disease) and its intervention is an MSC product
 * (cells or EVs). Returns the exclusion reason, or empty when included.
 */
public final class EligibilityScreen {
  public static final String NOT_LIVER = "population is not liver disease";
  public static final String NOT_MSC = "intervention is not an MSC product (cells or EVs)";

  private EligibilityScreen() {}

  public static Optional<String> exclusionReason(Study s) {
    if (s.condition() == Condition.OTHER) {
      return Optional.of(NOT_LIVER);
    }
    if (s.registeredProductType() == null) {
      return Optional.of(NOT_MSC);
    }
    return Optional.empty();
  }
}

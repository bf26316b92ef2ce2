package org.regenarch.evidence.base;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.regenarch.evidence.base.Enums.ArmRole;
import org.regenarch.evidence.base.Enums.Condition;
import org.regenarch.evidence.base.Enums.Design;
import org.regenarch.evidence.base.Enums.Etiology;
import org.regenarch.evidence.base.Enums.StudyKind;

/**
 * A study of the evidence base: a published clinical study, a trial registration or a preclinical
 * study. Text fields ending in AsPrinted keep the source wording next to the classified value.
 *
 * @param registeredProductType cells or EVs as registered (registration records without arms)
 * @param file the file the record was loaded from (for messages)
 */
public record Study(
    String id,
    StudyKind kind,
    List<String> registryIds,
    String citation,
    String doi,
    String pmid,
    Design design,
    String designAsPrinted,
    Condition condition,
    String population,
    List<Etiology> etiology,
    String country,
    String phase,
    String status,
    String enrollmentAsPrinted,
    String interventionAsPrinted,
    Enums.ProductType registeredProductType,
    PreclinicalModel preclinical,
    List<String> flags,
    List<String> overlaps,
    SourceRef source,
    List<Arm> arms,
    List<Outcome> outcomes,
    String file) {

  public Study {
    registryIds = List.copyOf(registryIds);
    etiology = List.copyOf(etiology);
    flags = List.copyOf(flags);
    overlaps = List.copyOf(overlaps);
    arms = List.copyOf(arms);
    outcomes = List.copyOf(outcomes);
  }

  public Optional<Arm> arm(String armId) {
    return arms.stream().filter(a -> a.id().equals(armId)).findFirst();
  }

  public List<Arm> armsWithRole(ArmRole role) {
    return arms.stream().filter(a -> a.role() == role).toList();
  }

  /** True if this study answers to the id: its own id or one of its registry ids (case-insensitive). */
  public boolean answersTo(String anyId) {
    String q = anyId.toLowerCase(Locale.ROOT);
    return id.toLowerCase(Locale.ROOT).equals(q)
        || registryIds.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).equals(q));
  }

  /**
   * Participants: sum of the n of the arms that are neither subgroups nor whole-cohort rows (or of
   * the whole-cohort rows when there is nothing else); null if a counted arm lacks n.
   */
  public Integer totalN() {
    boolean onlyWhole = arms.stream().allMatch(a -> a.role() == ArmRole.ALL || a.subgroupOf() != null);
    int sum = 0;
    for (Arm a : arms) {
      if (a.subgroupOf() != null || (a.role() == ArmRole.ALL) != onlyWhole) {
        continue;
      }
      if (a.n() == null) {
        return null;
      }
      sum += a.n();
    }
    return arms.isEmpty() ? null : sum;
  }
}

package org.regenarch.evidence.base;

import java.util.List;
import java.util.Optional;
import org.regenarch.evidence.base.Enums.StudyKind;

/** The loaded, validated evidence base: an immutable list of studies with look-up and queries. */
public final class EvidenceBase {
  private final List<Study> studies;

  public EvidenceBase(List<Study> studies) {
    this.studies = List.copyOf(studies);
  }

  public List<Study> studies() {
    return studies;
  }

  /** Finds a study by its id or by any of its registry ids (case-insensitive). */
  public Optional<Study> find(String anyId) {
    return studies.stream().filter(s -> s.answersTo(anyId)).findFirst();
  }

  public List<Study> query(StudyQuery q) {
    return studies.stream().filter(q::matches).toList();
  }

  public long count(StudyKind kind) {
    return studies.stream().filter(s -> s.kind() == kind).count();
  }

  public int armCount() {
    return studies.stream().mapToInt(s -> s.arms().size()).sum();
  }

  public int outcomeCount() {
    return studies.stream().mapToInt(s -> s.outcomes().size()).sum();
  }
}

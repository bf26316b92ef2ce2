package org.regenarch.clinical.score;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regenarch.clinical.ClinicalValidationException;
import org.regenarch.clinical.patient.PatientVisit;

/** The scores Regenarch computes, by their command-line names. */
public enum Score {
  MELD(Meld.NAME, Meld.LABEL, Meld::compute),
  MELD_NA(MeldNa.NAME, MeldNa.LABEL, MeldNa::compute),
  MELD3(Meld3.NAME, Meld3.LABEL, Meld3::compute),
  CHILD_PUGH(ChildPugh.NAME, ChildPugh.LABEL, ChildPugh::compute),
  ALBI(Albi.NAME, Albi.LABEL, Albi::compute),
  APRI(Apri.NAME, Apri.LABEL, Apri::compute),
  FIB4(Fib4.NAME, Fib4.LABEL, Fib4::compute);

  private final String cliName;
  private final String label;
  private final Function<PatientVisit, ScoreResult> formula;

  Score(String cliName, String label, Function<PatientVisit, ScoreResult> formula) {
    this.cliName = cliName;
    this.label = label;
    this.formula = formula;
  }

  public String cliName() {
    return cliName;
  }

  public String label() {
    return label;
  }

  public ScoreResult compute(PatientVisit visit) {
    return formula.apply(visit);
  }

  public static Score byName(String name) {
    for (Score s : values()) {
      if (s.cliName.equalsIgnoreCase(name == null ? "" : name.trim())) {
        return s;
      }
    }
    throw new ClinicalValidationException("score '" + name + "' is unknown: expected one of "
        + Arrays.stream(values()).map(Score::cliName).collect(Collectors.joining(", ")));
  }
}

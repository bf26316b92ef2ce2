package org.regenarch.clinical.patient;

import java.util.ArrayList;
import java.util.List;
import org.regenarch.clinical.ClinicalValidationException;
import org.regenarch.clinical.lab.AgeYears;
import org.regenarch.clinical.lab.Albumin;
import org.regenarch.clinical.lab.Alt;
import org.regenarch.clinical.lab.Ast;
import org.regenarch.clinical.lab.AstUpperLimit;
import org.regenarch.clinical.lab.Bilirubin;
import org.regenarch.clinical.lab.Creatinine;
import org.regenarch.clinical.lab.Inr;
import org.regenarch.clinical.lab.LabLimits;
import org.regenarch.clinical.lab.Platelets;
import org.regenarch.clinical.lab.ProthrombinTimeProlongation;
import org.regenarch.clinical.lab.Sodium;

/**
 * The inputs of one patient visit. Every field may be null (not measured); each score names the
 * ones it needs. {@code dialysis} means the OPTN criterion: two or more dialysis treatments, or 24
 * hours of CVVHD, in the week before the creatinine test (SCORES.md, MELD).
 */
public record PatientVisit(
    Bilirubin bilirubin,
    Creatinine creatinine,
    Inr inr,
    ProthrombinTimeProlongation ptProlongation,
    Sodium sodium,
    Albumin albumin,
    Platelets platelets,
    Ast ast,
    Alt alt,
    AstUpperLimit astUpperLimit,
    Sex sex,
    AgeYears age,
    boolean dialysis,
    Ascites ascites,
    Encephalopathy encephalopathy,
    boolean cholestatic) {

  public PatientVisit {
    if (inr != null && ptProlongation != null) {
      // SCORES.md, Child-Pugh: PT prolongation may replace INR; never both.
      throw new ClinicalValidationException(
          "give either INR or prothrombin-time prolongation, not both (Child-Pugh uses one)");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Warnings for possible but implausible values (they do not stop any score). */
  public List<String> plausibilityWarnings() {
    List<String> w = new ArrayList<>();
    if (bilirubin != null) {
      LabLimits.BILIRUBIN.plausibilityWarning(bilirubin.inMgPerDl()).ifPresent(w::add);
    }
    if (creatinine != null) {
      LabLimits.CREATININE.plausibilityWarning(creatinine.inMgPerDl()).ifPresent(w::add);
    }
    if (inr != null) {
      LabLimits.INR.plausibilityWarning(inr.ratio()).ifPresent(w::add);
    }
    if (ptProlongation != null) {
      LabLimits.PT_PROLONGATION.plausibilityWarning(ptProlongation.seconds()).ifPresent(w::add);
    }
    if (sodium != null) {
      LabLimits.SODIUM.plausibilityWarning(sodium.mmolPerL()).ifPresent(w::add);
    }
    if (albumin != null) {
      LabLimits.ALBUMIN.plausibilityWarning(albumin.inGPerDl()).ifPresent(w::add);
    }
    if (platelets != null) {
      LabLimits.PLATELETS.plausibilityWarning(platelets.countE9PerL()).ifPresent(w::add);
    }
    if (ast != null) {
      LabLimits.AST.plausibilityWarning(ast.unitsPerL()).ifPresent(w::add);
    }
    if (alt != null) {
      LabLimits.ALT.plausibilityWarning(alt.unitsPerL()).ifPresent(w::add);
    }
    if (astUpperLimit != null) {
      LabLimits.AST_UPPER_LIMIT.plausibilityWarning(astUpperLimit.unitsPerL()).ifPresent(w::add);
    }
    if (age != null) {
      LabLimits.AGE.plausibilityWarning(age.years()).ifPresent(w::add);
    }
    return w;
  }

  /** Mutable builder; {@link #build()} validates the combination. */
  public static final class Builder {
    private Bilirubin bilirubin;
    private Creatinine creatinine;
    private Inr inr;
    private ProthrombinTimeProlongation ptProlongation;
    private Sodium sodium;
    private Albumin albumin;
    private Platelets platelets;
    private Ast ast;
    private Alt alt;
    private AstUpperLimit astUpperLimit;
    private Sex sex;
    private AgeYears age;
    private boolean dialysis;
    private Ascites ascites;
    private Encephalopathy encephalopathy;
    private boolean cholestatic;

    private Builder() {}

    public Builder bilirubin(Bilirubin v) { this.bilirubin = v; return this; }
    public Builder creatinine(Creatinine v) { this.creatinine = v; return this; }
    public Builder inr(Inr v) { this.inr = v; return this; }
    public Builder ptProlongation(ProthrombinTimeProlongation v) { this.ptProlongation = v; return this; }
    public Builder sodium(Sodium v) { this.sodium = v; return this; }
    public Builder albumin(Albumin v) { this.albumin = v; return this; }
    public Builder platelets(Platelets v) { this.platelets = v; return this; }
    public Builder ast(Ast v) { this.ast = v; return this; }
    public Builder alt(Alt v) { this.alt = v; return this; }
    public Builder astUpperLimit(AstUpperLimit v) { this.astUpperLimit = v; return this; }
    public Builder sex(Sex v) { this.sex = v; return this; }
    public Builder age(AgeYears v) { this.age = v; return this; }
    public Builder dialysis(boolean v) { this.dialysis = v; return this; }
    public Builder ascites(Ascites v) { this.ascites = v; return this; }
    public Builder encephalopathy(Encephalopathy v) { this.encephalopathy = v; return this; }
    public Builder cholestatic(boolean v) { this.cholestatic = v; return this; }

    public PatientVisit build() {
      return new PatientVisit(bilirubin, creatinine, inr, ptProlongation, sodium, albumin, platelets,
          ast, alt, astUpperLimit, sex, age, dialysis, ascites, encephalopathy, cholestatic);
    }
  }
}

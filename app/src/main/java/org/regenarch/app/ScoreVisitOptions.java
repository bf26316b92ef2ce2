package org.regenarch.app;

import org.regenarch.clinical.lab.AgeYears;
import org.regenarch.clinical.lab.Albumin;
import org.regenarch.clinical.lab.AlbuminUnit;
import org.regenarch.clinical.lab.Alt;
import org.regenarch.clinical.lab.Ast;
import org.regenarch.clinical.lab.AstUpperLimit;
import org.regenarch.clinical.lab.Bilirubin;
import org.regenarch.clinical.lab.BilirubinUnit;
import org.regenarch.clinical.lab.Creatinine;
import org.regenarch.clinical.lab.CreatinineUnit;
import org.regenarch.clinical.lab.Inr;
import org.regenarch.clinical.lab.Platelets;
import org.regenarch.clinical.lab.ProthrombinTimeProlongation;
import org.regenarch.clinical.lab.Sodium;
import org.regenarch.clinical.patient.Ascites;
import org.regenarch.clinical.patient.Encephalopathy;
import org.regenarch.clinical.patient.PatientVisit;
import org.regenarch.clinical.patient.Sex;
import picocli.CommandLine.Option;

/** The per-patient options of {@code regenarch score}; values become unit-carrying lab records. */
final class ScoreVisitOptions {
  @Option(names = "--bilirubin", paramLabel = "V", description = "Total bilirubin (unit: --bilirubin-unit).")
  Double bilirubin;

  @Option(names = "--bilirubin-unit", paramLabel = "mg/dL|umol/L", defaultValue = "mg/dL",
      description = "Unit of --bilirubin (default: ${DEFAULT-VALUE}).")
  String bilirubinUnit;

  @Option(names = "--creatinine", paramLabel = "V", description = "Serum creatinine (unit: --creatinine-unit).")
  Double creatinine;

  @Option(names = "--creatinine-unit", paramLabel = "mg/dL|umol/L", defaultValue = "mg/dL",
      description = "Unit of --creatinine (default: ${DEFAULT-VALUE}).")
  String creatinineUnit;

  @Option(names = "--inr", paramLabel = "V", description = "INR.")
  Double inr;

  @Option(names = "--pt-prolongation", paramLabel = "SECONDS",
      description = "Prothrombin time above control (s); replaces --inr in Child-Pugh, never both.")
  Double ptProlongation;

  @Option(names = "--sodium", paramLabel = "V", description = "Serum sodium (mmol/L).")
  Double sodium;

  @Option(names = "--albumin", paramLabel = "V", description = "Serum albumin (unit: --albumin-unit).")
  Double albumin;

  @Option(names = "--albumin-unit", paramLabel = "g/dL|g/L", defaultValue = "g/dL",
      description = "Unit of --albumin (default: ${DEFAULT-VALUE}).")
  String albuminUnit;

  @Option(names = "--sex", paramLabel = "female|male", description = "Sex (MELD 3.0).")
  String sex;

  @Option(names = "--age", paramLabel = "YEARS", description = "Age in years (FIB-4; MELD family from 12).")
  Double age;

  @Option(names = "--dialysis", arity = "0..1",
      description = "Dialysis >= 2 times or 24 h CVVHD in the week before the creatinine test.")
  boolean dialysis;

  @Option(names = "--ascites", paramLabel = "none|mild|moderate-severe", description = "Ascites (Child-Pugh).")
  String ascites;

  @Option(names = "--encephalopathy", paramLabel = "none|grade-1-2|grade-3-4",
      description = "Hepatic encephalopathy (Child-Pugh).")
  String encephalopathy;

  @Option(names = "--cholestatic", arity = "0..1", description = "PBC/PSC: Child-Pugh bilirubin bands 4 and 10 mg/dL.")
  boolean cholestatic;

  @Option(names = "--ast", paramLabel = "V", description = "AST (U/L).")
  Double ast;

  @Option(names = "--alt", paramLabel = "V", description = "ALT (U/L).")
  Double alt;

  @Option(names = "--ast-uln", paramLabel = "V",
      description = "AST upper limit of normal (U/L); APRI uses 40 and says so when absent.")
  Double astUln;

  @Option(names = "--platelets", paramLabel = "V", description = "Platelets (10^9/L).")
  Double platelets;

  boolean anyGiven() {
    return bilirubin != null || creatinine != null || inr != null || ptProlongation != null
        || sodium != null || albumin != null || sex != null || age != null || dialysis
        || ascites != null || encephalopathy != null || cholestatic || ast != null || alt != null
        || astUln != null || platelets != null;
  }

  PatientVisit toVisit() {
    // Units are parsed even when the value is absent so that a misspelt unit is reported.
    BilirubinUnit bu = BilirubinUnit.parse(bilirubinUnit);
    CreatinineUnit cu = CreatinineUnit.parse(creatinineUnit);
    AlbuminUnit au = AlbuminUnit.parse(albuminUnit);
    return PatientVisit.builder()
        .bilirubin(bilirubin == null ? null : new Bilirubin(bilirubin, bu))
        .creatinine(creatinine == null ? null : new Creatinine(creatinine, cu))
        .albumin(albumin == null ? null : new Albumin(albumin, au))
        .inr(inr == null ? null : new Inr(inr))
        .ptProlongation(ptProlongation == null ? null : new ProthrombinTimeProlongation(ptProlongation))
        .sodium(sodium == null ? null : new Sodium(sodium))
        .platelets(platelets == null ? null : new Platelets(platelets))
        .ast(ast == null ? null : new Ast(ast))
        .alt(alt == null ? null : new Alt(alt))
        .astUpperLimit(astUln == null ? null : new AstUpperLimit(astUln))
        .age(age == null ? null : new AgeYears(age))
        .sex(sex == null ? null : Sex.parse(sex))
        .ascites(ascites == null ? null : Ascites.parse(ascites))
        .encephalopathy(encephalopathy == null ? null : Encephalopathy.parse(encephalopathy))
        .dialysis(dialysis)
        .cholestatic(cholestatic)
        .build();
  }
}

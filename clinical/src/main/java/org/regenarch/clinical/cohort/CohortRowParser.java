package org.regenarch.clinical.cohort;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.regenarch.clinical.ClinicalValidationException;
import org.regenarch.clinical.lab.AgeYears;
import org.regenarch.clinical.lab.Albumin;
import org.regenarch.clinical.lab.Alt;
import org.regenarch.clinical.lab.Ast;
import org.regenarch.clinical.lab.AstUpperLimit;
import org.regenarch.clinical.lab.Bilirubin;
import org.regenarch.clinical.lab.Creatinine;
import org.regenarch.clinical.lab.Inr;
import org.regenarch.clinical.lab.Platelets;
import org.regenarch.clinical.lab.ProthrombinTimeProlongation;
import org.regenarch.clinical.lab.Sodium;
import org.regenarch.clinical.patient.Ascites;
import org.regenarch.clinical.patient.Encephalopathy;
import org.regenarch.clinical.patient.PatientVisit;
import org.regenarch.clinical.patient.Sex;

/** Turns one cohort row into a {@link PatientVisit}; errors name the column and the value. */
final class CohortRowParser {
  private final CohortLayout layout;

  CohortRowParser(CohortLayout layout) {
    this.layout = layout;
  }

  /** Blank cells and the usual spellings of "not available" mean "not measured". */
  static boolean isMissing(String v) {
    return v.isEmpty() || v.equalsIgnoreCase("NA") || v.equalsIgnoreCase("N/A")
        || v.equalsIgnoreCase("null");
  }

  PatientVisit parse(List<String> row) {
    if (row.size() != layout.width()) {
      throw new ClinicalValidationException(
          "has " + row.size() + " cells, expected " + layout.width() + " as in the header");
    }
    return PatientVisit.builder()
        .bilirubin(oneOf(row, CohortColumn.BILIRUBIN_MG_DL, Bilirubin::mgPerDl,
            CohortColumn.BILIRUBIN_UMOL_L, Bilirubin::umolPerL))
        .creatinine(oneOf(row, CohortColumn.CREATININE_MG_DL, Creatinine::mgPerDl,
            CohortColumn.CREATININE_UMOL_L, Creatinine::umolPerL))
        .albumin(oneOf(row, CohortColumn.ALBUMIN_G_DL, Albumin::gPerDl,
            CohortColumn.ALBUMIN_G_L, Albumin::gPerL))
        .inr(number(row, CohortColumn.INR, Inr::new))
        .ptProlongation(number(row, CohortColumn.PT_PROLONGATION_S, ProthrombinTimeProlongation::new))
        .sodium(number(row, CohortColumn.SODIUM_MMOL_L, Sodium::new))
        .platelets(number(row, CohortColumn.PLATELETS_10E9_L, Platelets::new))
        .ast(number(row, CohortColumn.AST_U_L, Ast::new))
        .alt(number(row, CohortColumn.ALT_U_L, Alt::new))
        .astUpperLimit(number(row, CohortColumn.AST_ULN_U_L, AstUpperLimit::new))
        .age(number(row, CohortColumn.AGE, AgeYears::new))
        .sex(category(row, CohortColumn.SEX, Sex::parse))
        .ascites(category(row, CohortColumn.ASCITES, Ascites::parse))
        .encephalopathy(category(row, CohortColumn.ENCEPHALOPATHY, Encephalopathy::parse))
        .dialysis(flag(row, CohortColumn.DIALYSIS))
        .cholestatic(flag(row, CohortColumn.CHOLESTATIC))
        .build();
  }

  private <T> T oneOf(List<String> row, CohortColumn a, DoubleFunction<T> makeA, CohortColumn b,
      DoubleFunction<T> makeB) {
    T first = number(row, a, makeA);
    T second = number(row, b, makeB);
    if (first != null && second != null) {
      throw new ClinicalValidationException(
          "both " + a.header() + " and " + b.header() + " are filled: give one");
    }
    return first != null ? first : second;
  }

  private <T> T number(List<String> row, CohortColumn column, DoubleFunction<T> make) {
    String v = layout.cell(row, column);
    if (v == null) {
      return null;
    }
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new ClinicalValidationException(
          "column " + column.header() + ": '" + v + "' is not a number");
    }
    try {
      return make.apply(d);
    } catch (ClinicalValidationException e) {
      throw new ClinicalValidationException("column " + column.header() + ": " + e.getMessage());
    }
  }

  private <T> T category(List<String> row, CohortColumn column, Function<String, T> parse) {
    String v = layout.cell(row, column);
    if (v == null) {
      return null;
    }
    try {
      return parse.apply(v);
    } catch (ClinicalValidationException e) {
      throw new ClinicalValidationException("column " + column.header() + ": " + e.getMessage());
    }
  }

  private boolean flag(List<String> row, CohortColumn column) {
    String v = layout.cell(row, column);
    if (v == null) {
      return false;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "1", "true", "yes", "y" -> true;
      case "0", "false", "no", "n" -> false;
      default -> throw new ClinicalValidationException("column " + column.header() + ": '" + v
          + "' is not a yes/no value (expected 1/0, true/false or yes/no)");
    };
  }
}

package org.regenarch.clinical.cohort;

import java.util.Locale;

/**
 * Input columns the cohort reader understands (case-insensitive header names). Lab columns carry
 * their unit in the name; any other column is passed through unchanged.
 */
public enum CohortColumn {
  PATIENT_ID("patient_id"),
  VISIT_DATE("visit_date"),
  SEX("sex"),
  AGE("age"),
  BILIRUBIN_MG_DL("bilirubin_mg_dl"),
  BILIRUBIN_UMOL_L("bilirubin_umol_l"),
  CREATININE_MG_DL("creatinine_mg_dl"),
  CREATININE_UMOL_L("creatinine_umol_l"),
  ALBUMIN_G_DL("albumin_g_dl"),
  ALBUMIN_G_L("albumin_g_l"),
  INR("inr"),
  PT_PROLONGATION_S("pt_prolongation_s"),
  SODIUM_MMOL_L("sodium_mmol_l"),
  PLATELETS_10E9_L("platelets_10e9_l"),
  AST_U_L("ast_u_l"),
  ALT_U_L("alt_u_l"),
  AST_ULN_U_L("ast_uln_u_l"),
  DIALYSIS("dialysis"),
  ASCITES("ascites"),
  ENCEPHALOPATHY("encephalopathy"),
  CHOLESTATIC("cholestatic");

  private final String header;

  CohortColumn(String header) {
    this.header = header;
  }

  public String header() {
    return header;
  }

  /** The column a header names, or null when it is not one of ours. */
  static CohortColumn byHeader(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("age_years")) {
      return AGE;
    }
    for (CohortColumn c : values()) {
      if (c.header.equals(n)) {
        return c;
      }
    }
    return null;
  }
}

package org.regenarch.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The output columns (contract names) and the model quantity each one reads. */
public final class OutputColumns {
  /** Column name to model id, for columns read straight from the model. */
  static final Map<String, String> FROM_MODEL = new LinkedHashMap<>();
  /** Columns computed by the clinical layer. */
  public static final List<String> SCORES = List.of("meld", "meld_na", "meld3", "child_pugh", "albi");

  static {
    FROM_MODEL.put("albumin_g_dl", "Alb");
    FROM_MODEL.put("bilirubin_mg_dl", "Bili");
    FROM_MODEL.put("inr", "inr");
    FROM_MODEL.put("creatinine_mg_dl", "creatinine");
    FROM_MODEL.put("sodium_mmol_l", "sodium");
  }

  private static final Map<String, String> AFTER_SCORES = new LinkedHashMap<>();

  static {
    AFTER_SCORES.put("hvpg_mmhg", "hvpg");
    AFTER_SCORES.put("collagen_percent", "collagen_total");
    AFTER_SCORES.put("functional_mass", "H");
    AFTER_SCORES.put("activated_hsc", "Act");
    AFTER_SCORES.put("msc_lung", "msc_lung_fraction");
    AFTER_SCORES.put("msc_liver", "msc_liver_fraction");
    AFTER_SCORES.put("msc_spleen", "msc_spleen_fraction");
    AFTER_SCORES.put("survival_probability", "survival_probability");
    AFTER_SCORES.put("decompensation_probability", "decompensation_probability");
    AFTER_SCORES.put("ascites_index", "Asc");
    AFTER_SCORES.put("encephalopathy_index", "he_index");
    AFTER_SCORES.put("tnf", "TNF");
    AFTER_SCORES.put("il6", "IL6");
    AFTER_SCORES.put("il10", "IL10");
    AFTER_SCORES.put("il17", "IL17");
    AFTER_SCORES.put("tgfb", "TGFb");
    AFTER_SCORES.put("pdgf", "PDGF");
    AFTER_SCORES.put("hgf", "HGF");
    AFTER_SCORES.put("vegf", "VEGF");
    AFTER_SCORES.put("m1_macrophages", "M1");
    AFTER_SCORES.put("m2_macrophages", "M2");
    AFTER_SCORES.put("treg", "Treg");
    AFTER_SCORES.put("th17", "Th17");
    AFTER_SCORES.put("nk_cells", "NK");
    AFTER_SCORES.put("msc_live_total_e6_per_kg", "msc_live_total");
    AFTER_SCORES.put("ev_cargo_ug_per_kg", "EV_cargo");
    AFTER_SCORES.put("immune_effect", "immune_effect");
    AFTER_SCORES.put("ev_effect", "ev_effect");
  }

  private OutputColumns() {}

  /** All output columns after {@code day}, in order. */
  public static List<String> names() {
    List<String> n = new java.util.ArrayList<>(FROM_MODEL.keySet());
    n.addAll(SCORES);
    n.addAll(AFTER_SCORES.keySet());
    return n;
  }

  /** Model ids to request from the engine. */
  static List<String> modelIds() {
    List<String> ids = new java.util.ArrayList<>(FROM_MODEL.values());
    ids.addAll(AFTER_SCORES.values());
    return ids;
  }

  static String modelIdOf(String column) {
    String id = FROM_MODEL.get(column);
    return id != null ? id : AFTER_SCORES.get(column);
  }
}

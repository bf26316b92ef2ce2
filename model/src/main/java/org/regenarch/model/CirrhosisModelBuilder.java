package org.regenarch.model;

import static org.regenarch.model.SbmlBuilder.SBO_CELL_POPULATION;
import static org.regenarch.model.SbmlBuilder.SBO_CONVERSION;
import static org.regenarch.model.SbmlBuilder.SBO_DEGRADATION;
import static org.regenarch.model.SbmlBuilder.SBO_MACROMOLECULE;
import static org.regenarch.model.SbmlBuilder.SBO_PRODUCTION;
import static org.regenarch.model.SbmlBuilder.SBO_SIMPLE_CHEMICAL;
import static org.regenarch.model.SbmlBuilder.SBO_TRANSPORT;

import org.sbml.jsbml.SBMLDocument;

/**
 * The cirrhosis-MSC model, written once: the nine modules of BRIEF.md as SBML states, rules,
 * processes and events. Time unit: day. Cells and cytokines are relative to the healthy liver
 * (1 = healthy) unless a unit is named; MSC pools are live cells in 1e6 cells per kg body weight.
 * Every constant comes from {@link ParameterTable}; patient, therapy and switch values are
 * parameters that each run overrides.
 */
public final class CirrhosisModelBuilder {
  public static final String MODEL_ID = "regenarch_cirrhosis_msc";
  /** Number of administration slots; each slot is one SBML event. */
  public static final int DOSE_SLOTS = 12;
  /** Day value of an unused slot (never reached). */
  public static final double NEVER_DAY = 1e9;
  /** The five mode-of-action switches. */
  public static final String[] SWITCHES = {"sw_immune", "sw_regenerative", "sw_antifibrotic",
      "sw_differentiation", "sw_ev"};

  /** Every quantity that carries state from one day to the next (species and event/rate variables). */
  public static final java.util.List<String> STATE_IDS = java.util.List.of("H", "injury", "M1", "M2",
      "Th17", "Treg", "NK", "Q", "Act", "Inact", "Cnew", "Cxl", "Alb", "Bili", "F7", "Asc", "MSC_lung",
      "MSC_liver", "MSC_spleen", "EV_plasma", "EV_cargo", "cum_death_hazard", "cum_decomp_hazard",
      "msc_dose_total", "allo_doses");

  private static final String UNIPROT = "https://identifiers.org/uniprot/";
  private static final String CL = "https://identifiers.org/CL:";
  private static final String GO = "https://identifiers.org/GO:";
  private static final String CHEBI = "https://identifiers.org/CHEBI:";

  private CirrhosisModelBuilder() {}

  public static SBMLDocument build(ParameterTable table) {
    SbmlBuilder b = new SbmlBuilder(MODEL_ID,
        "Regenarch cirrhosis-MSC model: cytokines to labs, scores and survival with MSC/EV therapy",
        "liver");
    for (Parameter p : table.all().values()) {
      b.constant(p.id(), p.description(), p.value(), p.unit());
    }
    patientAndTherapyParameters(b);
    derivedConstants(b);
    states(b, table);
    msc(b);
    mediators(b);
    hepatocytes(b);
    immunity(b);
    stellateAndScar(b);
    portalHypertensionAndLabs(b);
    outcomes(b);
    doseEvents(b);
    b.declareModifiers();
    return b.document();
  }

  private static void patientAndTherapyParameters(SbmlBuilder b) {
    b.constant("injury_activity", "untreated injury activity of this patient (fitted to baseline labs)", 0, "1");
    b.constant("cause_treated", "1 if the cause is treated (antivirals, abstinence), else 0", 0, "1");
    b.constant("residual_fraction", "injury left after treating the cause (etiology)", 0.1, "1");
    b.constant("etio_inflammation", "inflammation per unit injury (etiology)", 1, "1");
    b.constant("etio_cholestasis", "bilirubin clearance loss per unit injury (etiology)", 0, "1");
    b.constant("decompensated", "1 if the patient is decompensated at baseline (ascites or encephalopathy), else 0", 0, "1");
    b.constant("kidney_factor", "individual creatinine scale (fitted to baseline creatinine)", 1, "1");
    b.constant("sodium_offset", "individual sodium offset (fitted to baseline sodium)", 0, "mmol/L");
    b.constant("msc_potency", "dose-weighted secretory potency of the administered product(s)", 1, "1");
    b.constant("msc_allogeneic", "dose-weighted share of allogeneic cells", 0, "1");
    for (String sw : SWITCHES) {
      b.constant(sw, "mode-of-action switch " + sw.substring(3) + " (1 on, 0 off)", 1, "1");
    }
    for (int i = 1; i <= DOSE_SLOTS; i++) {
      b.constant("dose" + i + "_day", "day of administration " + i, NEVER_DAY, "d");
      b.constant("dose" + i + "_cells", "cells of administration " + i + " (1e6/kg)", 0, "1e6 cells/kg");
      b.constant("dose" + i + "_ev", "EV protein of administration " + i + " (ug/kg)", 0, "ug/kg");
      b.constant("dose" + i + "_lung", "share of administration " + i + " landing in the lung", 0, "1");
      b.constant("dose" + i + "_liver", "share of administration " + i + " landing in the liver", 0, "1");
      b.constant("dose" + i + "_spleen", "share of administration " + i + " landing in the spleen", 0, "1");
    }
    b.variable("msc_dose_total", "cells given so far (1e6/kg)", 0);
    b.variable("allo_doses", "allogeneic administrations so far", 0);
  }

  /** Quantities fixed by the healthy steady state (so that health is an equilibrium). */
  private static void derivedConstants(SbmlBuilder b) {
    b.derived("m2_healthy", "M2 share of the healthy macrophage pool", "1 - m1_healthy");
    b.derived("k_m2_to_m1", "basal M2 to M1 repolarisation (healthy balance)",
        "k_m1_to_m2 * m1_healthy / m2_healthy");
    b.derived("hep_capacity_healthy", "hepatocyte capacity of a healthy liver (healthy balance)",
        "1 / (1 - k_hep_death / k_hep_regen)");
    b.derived("col_new_healthy", "healthy new collagen", "collagen_healthy * collagen_new_share");
    b.derived("col_xl_healthy", "healthy cross-linked collagen", "collagen_healthy * (1 - collagen_new_share)");
    b.derived("col_basal_prod", "basal collagen production (healthy balance)",
        "k_col_deg_new * col_new_healthy + k_col_deg_xl * col_xl_healthy");
    b.derived("xl_basal", "basal cross-linking drive (healthy balance)",
        "k_col_deg_xl * col_xl_healthy / (k_col_crosslink * col_new_healthy)");
  }

  /** States start at the healthy reference (an exact equilibrium without injury). */
  private static void states(SbmlBuilder b, ParameterTable t) {
    b.species("H", "functional hepatocyte mass (fraction of healthy)", 1, SBO_CELL_POPULATION, CL + "0000182");
    b.species("injury", "etiology-specific injury activity (multiples of healthy hepatocyte death)", 0, SBO_CELL_POPULATION);
    b.species("M1", "pro-inflammatory (M1) macrophages, Kupffer and recruited", t.value("m1_healthy"), SBO_CELL_POPULATION, CL + "0000235");
    b.species("M2", "restorative (M2) macrophages", 1 - t.value("m1_healthy"), SBO_CELL_POPULATION, CL + "0000235");
    b.species("Th17", "Th17 cells (relative)", 1, SBO_CELL_POPULATION, CL + "0000899");
    b.species("Treg", "regulatory T cells (relative)", 1, SBO_CELL_POPULATION, CL + "0000815");
    b.species("NK", "NK cells (relative)", 1, SBO_CELL_POPULATION, CL + "0000623");
    b.species("Q", "quiescent hepatic stellate cells (fraction of healthy pool)", 1, SBO_CELL_POPULATION, CL + "0000632");
    b.species("Act", "activated stellate cells / myofibroblasts", 0, SBO_CELL_POPULATION, CL + "0000632");
    b.species("Inact", "inactivated stellate cells", 0, SBO_CELL_POPULATION, CL + "0000632");
    b.species("Cnew", "newly laid, remodelable collagen (% tissue)",
        t.value("collagen_healthy") * t.value("collagen_new_share"), SBO_MACROMOLECULE, GO + "0005581");
    b.species("Cxl", "cross-linked collagen (% tissue)",
        t.value("collagen_healthy") * (1 - t.value("collagen_new_share")), SBO_MACROMOLECULE, GO + "0005581");
    b.species("Alb", "serum albumin (g/dL)", t.value("albumin_healthy"), SBO_MACROMOLECULE, UNIPROT + "P02768");
    b.species("Bili", "total serum bilirubin (mg/dL)", t.value("bilirubin_healthy"), SBO_SIMPLE_CHEMICAL, CHEBI + "16990");
    b.species("F7", "factor VII activity (fraction of normal)", 1, SBO_MACROMOLECULE, UNIPROT + "P08709");
    b.species("Asc", "ascites index (0 none, 1 mild, 2 moderate-severe)", 0, SBO_MACROMOLECULE);
    b.species("MSC_lung", "live MSC in the lung (1e6 cells/kg)", 0, SBO_CELL_POPULATION, CL + "0000134");
    b.species("MSC_liver", "live MSC in the liver (1e6 cells/kg)", 0, SBO_CELL_POPULATION, CL + "0000134");
    b.species("MSC_spleen", "live MSC in the spleen (1e6 cells/kg)", 0, SBO_CELL_POPULATION, CL + "0000134");
    b.species("EV_plasma", "MSC-EVs in plasma (ug protein/kg)", 0, SBO_MACROMOLECULE, GO + "1903561");
    b.species("EV_cargo", "delivered EV cargo in the liver (ug protein/kg equivalent)", 0, SBO_MACROMOLECULE, GO + "1903561");
    b.variable("cum_death_hazard", "cumulative hazard of liver death", 0);
    b.variable("cum_decomp_hazard", "cumulative hazard of (further) decompensation", 0);
  }

  /** Module 7 (kinetics) and the MSC/EV signals of modules 8 and 9. */
  private static void msc(SbmlBuilder b) {
    b.derived("msc_clearance_factor", "clearance multiplier (allogeneic, primed by earlier doses)",
        "1 + msc_allogeneic * (allogeneic_clearance - 1 + priming_per_dose * piecewise(allo_doses - 1, allo_doses > 1, 0))");
    b.derived("msc_local", "live MSC weighted by where they act (1e6/kg)",
        "MSC_liver + lung_systemic_weight * (MSC_lung + MSC_spleen)");
    b.derived("msc_licensing", "licensing of MSC secretion by inflammation (1 at healthy M1)",
        "(1 + licensing_max * (M1 / m1_healthy) / (1 + M1 / m1_healthy)) / (1 + licensing_max / 2)");
    b.derived("msc_signal", "licensed secretory activity of live MSC (1e6/kg equivalents)",
        "msc_potency * msc_licensing * msc_local");
    b.derived("msc_saturation", "saturating response to licensed live MSC (0..1)",
        "msc_signal / (msc_signal + msc_effect_half)");
    b.derived("immune_effect", "immune-regulation effect of MSC (0..1)", "sw_immune * msc_saturation");
    b.derived("ev_effect", "EV cargo effect (0..1)", "sw_ev * EV_cargo / (EV_cargo + ev_cargo_half)");
    b.derived("msc_dying", "MSC death flux (1e6/kg/d)",
        "msc_clearance_factor * (k_msc_lung_death * MSC_lung + k_msc_liver_death * MSC_liver + k_msc_spleen_death * MSC_spleen)");
    b.derived("efferocytosis", "M2 push from macrophages clearing dying MSC",
        "sw_immune * effero_gain * msc_dying");
    b.process("msc_lung_death", "death of lung-trapped MSC", "MSC_lung", "",
        "k_msc_lung_death * msc_clearance_factor * MSC_lung", SBO_DEGRADATION);
    b.process("msc_lung_release", "release of live MSC from lung to liver", "MSC_lung", "MSC_liver",
        "k_msc_lung_release * MSC_lung", SBO_TRANSPORT);
    b.process("msc_liver_death", "death of liver MSC", "MSC_liver", "",
        "k_msc_liver_death * msc_clearance_factor * MSC_liver", SBO_DEGRADATION);
    b.process("msc_spleen_death", "death of spleen MSC", "MSC_spleen", "",
        "k_msc_spleen_death * msc_clearance_factor * MSC_spleen", SBO_DEGRADATION);
    b.process("msc_spleen_to_liver", "transit of live MSC from spleen to liver", "MSC_spleen", "MSC_liver",
        "k_msc_spleen_to_liver * MSC_spleen", SBO_TRANSPORT);
    b.process("msc_differentiation", "liver MSC becoming hepatocyte-like cells", "MSC_liver", "",
        "sw_differentiation * k_msc_diff * MSC_liver", SBO_CONVERSION);
    b.process("ev_uptake", "clearance of EVs from plasma", "EV_plasma", "",
        "k_ev_plasma * EV_plasma", SBO_TRANSPORT);
    b.process("ev_cargo_delivery", "EV cargo delivered to the liver", "", "EV_cargo",
        "ev_liver_uptake * k_ev_plasma * EV_plasma", SBO_TRANSPORT);
    b.process("ev_release_by_msc", "EVs released by live MSC", "", "EV_cargo",
        "ev_per_msc * msc_potency * msc_local", SBO_PRODUCTION);
    b.process("ev_cargo_decay", "decay of delivered cargo effect", "EV_cargo", "",
        "k_ev_cargo * EV_cargo", SBO_DEGRADATION);
  }

  /** Module 2 cytokines and the growth factors of modules 1 and 8 (quasi-steady state, minutes). */
  private static void mediators(SbmlBuilder b) {
    b.mediator("IL10", "IL-10 (relative)",
        "(1 - il10_m2_weight - il10_treg_source) + il10_m2_weight * M2 / m2_healthy + il10_treg_source * Treg",
        UNIPROT + "P22301");
    b.mediator("TNF", "TNF-alpha (relative)",
        "((1 - tnf_m1_weight) + tnf_m1_weight * M1 / m1_healthy) * (1 + il10_tnf_inhibition) / (1 + il10_tnf_inhibition * IL10)"
            + " * (1 - immune_tnf_suppression * immune_effect)", UNIPROT + "P01375");
    b.mediator("IL6", "IL-6 (relative)", "(1 - il6_m1_weight) + il6_m1_weight * M1 / m1_healthy",
        UNIPROT + "P05231");
    b.mediator("IL17", "IL-17A (relative)", "Th17", UNIPROT + "Q16552");
    b.mediator("TGFb", "TGF-beta1 (relative)",
        "(1 - tgf_mac_weight) + tgf_mac_weight * (M1 + M2) + tgf_per_act * Act", UNIPROT + "P01137");
    b.mediator("PDGF", "PDGF-B (relative)",
        "(1 - pdgf_mac_weight) + pdgf_mac_weight * (M1 + M2 + pdgf_per_act * Act)", UNIPROT + "P01127");
    b.mediator("HGF", "HGF (relative)",
        "1 + hgf_compensation * piecewise(1 - H, H < 1, 0) + sw_regenerative * hgf_per_msc * msc_saturation",
        UNIPROT + "P14210");
    b.mediator("VEGF", "VEGF-A (relative)", "1 + sw_regenerative * vegf_per_msc * msc_saturation",
        UNIPROT + "P15692");
  }

  /** Module 1: injury and hepatocytes. */
  private static void hepatocytes(SbmlBuilder b) {
    b.derived("collagen_total", "total collagen (% tissue)", "Cnew + Cxl");
    b.derived("mitogen", "mitogenic signal (1 at health), inhibited by TGF-beta",
        "(w_mito_hgf * HGF * (1 + hgf_mito_half) / (HGF + hgf_mito_half) + w_mito_egf + w_mito_il6 * IL6 + vegf_mito_weight * VEGF)"
            + " / (w_mito_hgf + w_mito_egf + w_mito_il6 + vegf_mito_weight)"
            + " * (1 + tgf_regen_inhibition) / (1 + tgf_regen_inhibition * TGFb)");
    b.derived("hep_capacity", "regenerative capacity, lowered by scar",
        "hep_capacity_healthy * (1 + scar_capacity_loss) / (1 + scar_capacity_loss * collagen_total / collagen_healthy)");
    b.derived("death_modifier", "hepatocyte death relative to health",
        "(1 + injury) * ((1 - tnf_death_weight) + tnf_death_weight * TNF) * (1 + hgf_antiapoptosis) / (1 + hgf_antiapoptosis * HGF)"
            + " * (1 - ev_antiapoptosis * ev_effect)");
    b.derived("damp", "damage signal from dying hepatocytes (death flux, saturating in mass; 1 at health)",
        "death_modifier * H * (1 + damp_mass_half) / (H + damp_mass_half)");
    b.process("hep_regeneration", "hepatocyte proliferation (HGF, EGF, IL-6; capped and slowed by scar)", "", "H",
        "k_hep_regen * hep_capacity / hep_capacity_healthy * mitogen * H * (1 - H / hep_capacity)", SBO_PRODUCTION);
    b.process("hep_death", "hepatocyte death (injury, TNF; lowered by HGF)", "H", "",
        "k_hep_death * death_modifier * H", SBO_DEGRADATION);
    b.process("hep_from_msc", "hepatocyte-like cells from differentiated MSC", "", "H",
        "sw_differentiation * k_msc_diff * hep_mass_per_msc * MSC_liver", SBO_PRODUCTION);
    b.process("injury_resolution", "injury falls after the cause is treated", "injury", "",
        "k_cause_removal * cause_treated * (injury - residual_fraction * injury_activity)", SBO_DEGRADATION);
  }

  /** Module 2: macrophages, T cells, NK cells. */
  private static void immunity(SbmlBuilder b) {
    b.process("m1_recruitment", "monocyte recruitment as M1 (damage, injury; limited by space)", "", "M1",
        "k_mac_turnover * m1_healthy * damp * (1 + inj_inflammation_gain * etio_inflammation * injury)"
            + " * piecewise((1 - (M1 + M2) / mac_max) / (1 - 1 / mac_max), M1 + M2 < mac_max, 0)", SBO_PRODUCTION);
    b.process("m1_to_m2", "polarisation M1 to M2 (MSC, EV, efferocytosis)", "M1", "M2",
        "k_m1_to_m2 * M1 * (1 + immune_polarization_gain * immune_effect + ev_polarization_gain * ev_effect + efferocytosis)",
        SBO_CONVERSION);
    b.process("m2_to_m1", "repolarisation M2 to M1 (TNF)", "M2", "M1", "k_m2_to_m1 * M2 * TNF", SBO_CONVERSION);
    b.process("m1_removal", "M1 removal", "M1", "", "k_mac_turnover * M1", SBO_DEGRADATION);
    b.process("m2_removal", "M2 removal", "M2", "", "k_mac_turnover * M2", SBO_DEGRADATION);
    b.process("m2_renewal", "resident macrophage self-renewal", "", "M2", "k_mac_turnover * m2_healthy", SBO_PRODUCTION);
    b.process("th17_induction", "Th17 induction by IL-6, restrained by Treg", "", "Th17",
        "k_tcell_turnover * ((1 - il6_th17_weight) + il6_th17_weight * IL6) * (1 + treg_th17_inhibition) / (1 + treg_th17_inhibition * Treg)",
        SBO_PRODUCTION);
    b.process("th17_loss", "Th17 turnover", "Th17", "", "k_tcell_turnover * Th17", SBO_DEGRADATION);
    b.process("treg_induction", "Treg induction by IL-10 and MSC", "", "Treg",
        "k_tcell_turnover * ((1 - il10_treg_weight) + il10_treg_weight * IL10) * (1 + immune_treg_gain * immune_effect)",
        SBO_PRODUCTION);
    b.process("treg_loss", "Treg turnover", "Treg", "", "k_tcell_turnover * Treg", SBO_DEGRADATION);
    b.process("nk_renewal", "NK renewal, suppressed by TGF-beta", "", "NK",
        "k_nk_turnover * (1 + tgf_nk_inhibition) / (1 + tgf_nk_inhibition * TGFb)", SBO_PRODUCTION);
    b.process("nk_loss", "NK turnover", "NK", "", "k_nk_turnover * NK", SBO_DEGRADATION);
  }

  /** Module 3: stellate cells and the two collagen pools. */
  private static void stellateAndScar(SbmlBuilder b) {
    b.derived("hsc_stimulus", "stellate-cell activation stimulus (1 at health)",
        "(1 - w_stim_tgf - w_stim_pdgf - w_stim_il17 - w_stim_damp) + w_stim_tgf * TGFb + w_stim_pdgf * PDGF"
            + " + w_stim_il17 * IL17 + w_stim_damp * damp + vegf_hsc_weight * (VEGF - 1)");
    b.derived("hsc_stimulus_excess", "activation stimulus above the healthy level (healthy livers have no activated HSC)",
        "piecewise(hsc_stimulus - 1, hsc_stimulus > 1, 0)");
    b.derived("hsc_activation_drive", "switch-like activation (Hill), inhibited by EV cargo and HGF",
        "hsc_stimulus_excess^hsc_act_hill / (hsc_stimulus_excess^hsc_act_hill + hsc_act_half^hsc_act_hill) * (1 - ev_hsc_inhibition * ev_effect)"
            + " * (1 + hgf_antifibrotic) / (1 + hgf_antifibrotic * HGF)");
    b.derived("TIMP1", "TIMP-1 (relative)", "1 + timp_per_act * Act");
    b.derived("timp_protection", "fraction of MMP activity left by TIMP-1 (1 at health)",
        "(1 + timp_mmp_inhibition) / (1 + timp_mmp_inhibition * TIMP1)");
    b.derived("MMP", "host collagenolytic MMP activity (relative), inhibited by TIMP-1",
        "((1 - mmp_m2_weight) + mmp_m2_weight * M2 / m2_healthy) * timp_protection");
    b.derived("MMP_msc", "MMP activity added by MSC (interstitial collagenases), inhibited by TIMP-1",
        "sw_antifibrotic * mmp_per_msc * msc_saturation * timp_protection");
    b.process("hsc_activation", "activation of quiescent HSC", "Q", "Act",
        "k_hsc_act * hsc_activation_drive * Q", SBO_CONVERSION);
    b.process("hsc_reactivation", "faster reactivation of inactivated HSC", "Inact", "Act",
        "k_hsc_act * ihsc_reactivity * hsc_activation_drive * Inact", SBO_CONVERSION);
    b.process("hsc_proliferation", "PDGF-driven proliferation of activated HSC", "", "Act",
        "k_hsc_prolif * 2 * PDGF / (1 + PDGF) * Act * (1 - Act / act_max)", SBO_PRODUCTION);
    b.process("hsc_inactivation", "myofibroblasts inactivating", "Act", "Inact",
        "frac_inactivation * k_mfb_elim * Act", SBO_CONVERSION);
    b.process("hsc_apoptosis", "myofibroblast apoptosis", "Act", "", "(1 - frac_inactivation) * k_mfb_elim * Act",
        SBO_DEGRADATION);
    b.process("hsc_nk_killing", "NK cells killing activated HSC", "Act", "", "k_nk_kill * NK * Act", SBO_DEGRADATION);
    b.process("hsc_renewal", "quiescent HSC self-renewal", "", "Q", "k_q_renewal * (1 - Q)", SBO_PRODUCTION);
    b.process("ihsc_loss", "loss of inactivated HSC", "Inact", "", "k_ihsc_loss * Inact", SBO_DEGRADATION);
    b.process("collagen_synthesis", "collagen laid down (basal and by activated HSC under TGF-beta)", "", "Cnew",
        "col_basal_prod * Q + k_col_prod * Act * ((1 - col_tgf_weight) + col_tgf_weight * TGFb)", SBO_PRODUCTION);
    b.process("collagen_new_degradation", "MMP degradation of new collagen", "Cnew", "",
        "k_col_deg_new * (MMP + msc_mmp_new_share * MMP_msc) * Cnew", SBO_DEGRADATION);
    b.process("collagen_crosslinking", "cross-linking (scaled by myofibroblasts)", "Cnew", "Cxl",
        "k_col_crosslink * Cnew * (xl_basal + Act)", SBO_CONVERSION);
    b.process("collagen_xl_degradation", "slow degradation of cross-linked collagen", "Cxl", "",
        "k_col_deg_xl * (MMP + msc_mmp_xl_share * MMP_msc) * Cxl", SBO_DEGRADATION);
  }

  /** Modules 4 and 5: portal hypertension and clinical readouts. */
  private static void portalHypertensionAndLabs(SbmlBuilder b) {
    b.derived("hvpg", "hepatic venous pressure gradient (mmHg): structural + dynamic",
        "hvpg_normal + hvpg_per_collagen * (collagen_total - collagen_healthy) + hvpg_per_act * Act");
    b.process("albumin_synthesis", "albumin synthesis by functional hepatocytes", "", "Alb",
        "k_albumin * albumin_healthy * (1 + albumin_mass_half) * H / (H + albumin_mass_half)", SBO_PRODUCTION);
    b.process("albumin_catabolism", "albumin catabolism", "Alb", "", "k_albumin * Alb", SBO_DEGRADATION);
    b.process("bilirubin_production", "bilirubin production (haem turnover)", "", "Bili",
        "k_bilirubin * bilirubin_healthy", SBO_PRODUCTION);
    b.process("bilirubin_clearance", "hepatic bilirubin clearance (functional mass; cholestasis)", "Bili", "",
        "k_bilirubin * H / (1 + etio_cholestasis * injury) * Bili", SBO_DEGRADATION);
    b.process("f7_synthesis", "factor VII synthesis", "", "F7",
        "k_f7 * (1 + f7_mass_half) * H / (H + f7_mass_half)", SBO_PRODUCTION);
    b.process("f7_clearance", "factor VII clearance", "F7", "", "k_f7 * F7", SBO_DEGRADATION);
    b.process("ascites_formation", "ascites formation (portal hypertension, low albumin)", "", "Asc",
        "k_ascites * piecewise((hvpg - ascites_hvpg_threshold) / ascites_hvpg_scale, hvpg > ascites_hvpg_threshold, 0) * ascites_albumin_ref / Alb",
        SBO_PRODUCTION);
    b.process("ascites_resorption", "ascites resorption", "Asc", "", "k_ascites * Asc", SBO_DEGRADATION);
    b.derived("inr", "INR from factor VII activity", "F7^(-inr_exponent)");
    b.derived("creatinine", "serum creatinine (mg/dL)", "creatinine_healthy * kidney_factor * (1 + creatinine_ascites_gain * Asc)");
    b.derived("sodium", "serum sodium (mmol/L)", "sodium_healthy + sodium_offset - sodium_ascites_drop * Asc");
    b.derived("he_index", "encephalopathy index (<1 none, 1-2 grade 1-2, >2 grade 3-4)",
        "he_gain * piecewise(1 - H, H < 1, 0)^2 * piecewise(hvpg - hvpg_normal, hvpg > hvpg_normal, 0) / ascites_hvpg_threshold");
  }

  /** Module 6: hazards of death and decompensation. */
  private static void outcomes(SbmlBuilder b) {
    // Continuous MELD(i) x 10 (OPTN 9.1.D coefficients, floors 1, creatinine cap 4) used only inside
    // the hazard so that the SBML stands alone; reported scores come from the clinical layer.
    b.derived("meld_risk_index", "continuous MELD used by the death hazard",
        "10 * (0.957 * ln(piecewise(4, creatinine > 4, piecewise(creatinine, creatinine > 1, 1)))"
            + " + 0.378 * ln(piecewise(Bili, Bili > 1, 1)) + 1.12 * ln(piecewise(inr, inr > 1, 1)) + 0.643)");
    b.derived("ph_gate", "0 without portal hypertension, 1 from clinically significant portal hypertension",
        "piecewise(1, hvpg >= ph_gate_high, piecewise((hvpg - ph_gate_low) / (ph_gate_high - ph_gate_low), hvpg > ph_gate_low, 0))");
    b.derived("hazard_death", "hazard of liver death (1/d)",
        "ph_gate * death_hazard_ref * exp(meld_death_slope * (meld_risk_index - hazard_meld_ref) + hvpg_death_slope * (hvpg - hazard_death_hvpg_ref))");
    // First decompensation (compensated at baseline) and further decompensation (already
    // decompensated) have separate reference hazards, each calibrated to its own natural history.
    b.derived("decomp_hazard_at_ref", "reference hazard of the patient's next decompensation event (1/d)",
        "decompensated * further_decomp_hazard_ref + (1 - decompensated) * first_decomp_hazard_ref");
    b.derived("hazard_decompensation", "hazard of (further) decompensation (1/d)",
        "ph_gate * decomp_hazard_at_ref * exp(hvpg_decomp_slope * (hvpg - hazard_decomp_hvpg_ref))");
    b.rateRule("cum_death_hazard", "hazard_death");
    b.rateRule("cum_decomp_hazard", "hazard_decompensation");
    b.derived("survival_probability", "cumulative probability of survival", "exp(-cum_death_hazard)");
    b.derived("decompensation_probability", "cumulative probability of (further) decompensation",
        "1 - exp(-cum_decomp_hazard)");
    b.derived("msc_live_total", "live MSC in lung, liver and spleen (1e6/kg)", "MSC_lung + MSC_liver + MSC_spleen");
    b.derived("msc_lung_fraction", "live lung MSC / dose given so far",
        "piecewise(MSC_lung / msc_dose_total, msc_dose_total > 0, 0)");
    b.derived("msc_liver_fraction", "live liver MSC / dose given so far",
        "piecewise(MSC_liver / msc_dose_total, msc_dose_total > 0, 0)");
    b.derived("msc_spleen_fraction", "live spleen MSC / dose given so far",
        "piecewise(MSC_spleen / msc_dose_total, msc_dose_total > 0, 0)");
  }

  /** Module 7: each administration is an event (slot parameters set per run). */
  private static void doseEvents(SbmlBuilder b) {
    for (int i = 1; i <= DOSE_SLOTS; i++) {
      String d = "dose" + i;
      b.event("administration_" + i, "administration " + i, "time >= " + d + "_day", new String[][] {
          {"MSC_lung", "MSC_lung + " + d + "_cells * " + d + "_lung"},
          {"MSC_liver", "MSC_liver + " + d + "_cells * " + d + "_liver"},
          {"MSC_spleen", "MSC_spleen + " + d + "_cells * " + d + "_spleen"},
          {"EV_plasma", "EV_plasma + " + d + "_ev"},
          {"msc_dose_total", "msc_dose_total + " + d + "_cells"},
          {"allo_doses", "allo_doses + msc_allogeneic * piecewise(1, " + d + "_cells > 0, 0)"}});
    }
  }
}

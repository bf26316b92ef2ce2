package org.regenarch.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.regenarch.clinical.patient.Ascites;
import org.regenarch.clinical.patient.Encephalopathy;
import org.regenarch.engine.sim.SimulationResult;

/**
 * Finds a model state consistent with a patient's baseline labs: the injury activity and the
 * duration of progression from a healthy liver that best reproduce bilirubin, albumin and INR (and
 * HVPG and ascites when given); then individual creatinine and sodium factors that match those two
 * labs exactly (kidney and water handling are only partly liver-determined).
 */
public final class StateFitter {
  /**
   * Years of progression at constant injury activity: long enough to reach the long-run state of
   * the slowest pool (cross-linked collagen, half-life about 3 years and longer under TIMP-1; 90% of
   * the rise within about 12 years), which is the state the fit uses, so that an untreated patient's
   * course continues smoothly from baseline. Labs alone cannot separate activity from duration.
   */
  static final double MAX_PROGRESSION_YEARS = 40;
  static final int PROGRESSION_STEPS = 1;
  static final double DAYS_PER_YEAR = 365.25;
  /** Injury activities searched (multiples of healthy hepatocyte death). */
  static final double MAX_ACTIVITY = 14;
  static final double GRID_STEP = 0.5;
  static final int REFINE_ITERATIONS = 14;
  /** Error scales of the fit: 10% on bilirubin, 0.1 g/dL albumin, 5% INR, 1 mmHg, half a grade. */
  static final double SCALE_LN_BILIRUBIN = 0.1;
  static final double SCALE_ALBUMIN_G_DL = 0.1;
  static final double SCALE_LN_INR = 0.05;
  static final double SCALE_HVPG_MMHG = 1.0;
  static final double SCALE_ASCITES_INDEX = 0.5;
  /** Healthy reference state is the steady state after this many years without injury. */
  static final double HEALTHY_SETTLE_YEARS = 60;

  private final CirrhosisModel model;
  private final Map<String, Double> healthyState;

  public StateFitter(CirrhosisModel model) {
    this.model = model;
    this.healthyState = settleHealthy(model);
  }

  private static Map<String, Double> settleHealthy(CirrhosisModel model) {
    SimulationResult r = model.run(HEALTHY_SETTLE_YEARS * DAYS_PER_YEAR, 1,
        CirrhosisModelBuilder.STATE_IDS, Map.of());
    Map<String, Double> s = stateAt(r, 1);
    return s;
  }

  static Map<String, Double> stateAt(SimulationResult r, int row) {
    Map<String, Double> s = new HashMap<>();
    for (String id : CirrhosisModelBuilder.STATE_IDS) {
      s.put(id, r.value(row, id));
    }
    // Outcome and dose bookkeeping restart at day 0 of every run.
    s.put("cum_death_hazard", 0.0);
    s.put("cum_decomp_hazard", 0.0);
    s.put("msc_dose_total", 0.0);
    s.put("allo_doses", 0.0);
    s.put("MSC_lung", 0.0);
    s.put("MSC_liver", 0.0);
    s.put("MSC_spleen", 0.0);
    s.put("EV_plasma", 0.0);
    s.put("EV_cargo", 0.0);
    return s;
  }

  public Map<String, Double> healthyState() {
    return Map.copyOf(healthyState);
  }

  /** Patient-level parameters (etiology, treatment) without the fitted state. */
  static Map<String, Double> patientParameters(Patient p, ParameterTable t, double activity) {
    Map<String, Double> o = new HashMap<>();
    o.put("injury_activity", activity);
    o.put("cause_treated", p.causeTreated() ? 1.0 : 0.0);
    o.put("residual_fraction", p.etiology().residual(t));
    o.put("etio_inflammation", p.etiology().inflammation(t));
    o.put("etio_cholestasis", p.etiology().cholestasis(t));
    return o;
  }

  private record Candidate(double activity, int row, double error, SimulationResult result) {}

  public FittedPatient fit(Patient patient) {
    ParameterTable t = model.parameters();
    Candidate best = IntStream.rangeClosed(0, (int) Math.round(MAX_ACTIVITY / GRID_STEP)).parallel()
        .mapToObj(i -> evaluate(patient, t, i * GRID_STEP))
        .min((a, b) -> Double.compare(a.error(), b.error())).orElseThrow();
    double lo = Math.max(0, best.activity() - GRID_STEP);
    double hi = Math.min(MAX_ACTIVITY, best.activity() + GRID_STEP);
    double golden = (Math.sqrt(5) - 1) / 2;
    for (int k = 0; k < REFINE_ITERATIONS; k++) {
      double a = hi - golden * (hi - lo);
      double b = lo + golden * (hi - lo);
      Candidate ca = evaluate(patient, t, a);
      Candidate cb = evaluate(patient, t, b);
      if (ca.error() < best.error()) {
        best = ca;
      }
      if (cb.error() < best.error()) {
        best = cb;
      }
      if (ca.error() < cb.error()) {
        hi = b;
      } else {
        lo = a;
      }
    }
    return assemble(patient, t, best);
  }

  private Candidate evaluate(Patient p, ParameterTable t, double activity) {
    Map<String, Double> o = new HashMap<>(healthyState);
    o.putAll(patientParameters(p, t, activity));
    o.put("cause_treated", 0.0); // progression happens before the cause is treated
    o.put("injury", activity);
    List<String> vars = new ArrayList<>(CirrhosisModelBuilder.STATE_IDS);
    vars.addAll(List.of("inr", "hvpg", "creatinine", "sodium", "he_index"));
    SimulationResult r;
    try {
      r = model.run(MAX_PROGRESSION_YEARS * DAYS_PER_YEAR, PROGRESSION_STEPS, vars, o);
    } catch (RuntimeException e) {
      // Activities far beyond any patient can make the solver give up; they are simply not candidates.
      return new Candidate(activity, 0, Double.POSITIVE_INFINITY, null);
    }
    int last = PROGRESSION_STEPS;
    return new Candidate(activity, last, error(p.labs(), r, last), r);
  }

  static double error(BaselineLabs labs, SimulationResult r, int row) {
    double e = sq((Math.log(r.value(row, "Bili")) - Math.log(labs.bilirubinMgDl())) / SCALE_LN_BILIRUBIN)
        + sq((r.value(row, "Alb") - labs.albuminGDl()) / SCALE_ALBUMIN_G_DL)
        + sq((Math.log(r.value(row, "inr")) - Math.log(labs.inr())) / SCALE_LN_INR);
    if (labs.hvpgMmHg() != null) {
      e += sq((r.value(row, "hvpg") - labs.hvpgMmHg()) / SCALE_HVPG_MMHG);
    }
    if (labs.ascites() != null) {
      e += sq((r.value(row, "Asc") - ascitesIndex(labs.ascites())) / SCALE_ASCITES_INDEX);
    }
    if (labs.encephalopathy() != null) {
      e += sq(outsideGrade(r.value(row, "he_index"), labs.encephalopathy()) / SCALE_ASCITES_INDEX);
    }
    return e;
  }

  /**
   * Decompensated at baseline: ascites or encephalopathy observed (Baveno/D'Amico clinical stages).
   * Without an ascites observation the fitted ascites index decides (at least half-way to mild).
   * The status is fixed for the run, so {@code decompensation_probability} is the probability of
   * first decompensation for compensated patients and of further decompensation otherwise.
   */
  static boolean decompensatedAtBaseline(BaselineLabs labs, double modelAscitesIndex) {
    boolean hepaticEncephalopathy = labs.encephalopathy() != null && labs.encephalopathy() != Encephalopathy.NONE;
    boolean ascites = labs.ascites() != null
        ? labs.ascites() != Ascites.NONE
        : modelAscitesIndex >= (ascitesIndex(Ascites.NONE) + ascitesIndex(Ascites.MILD)) / 2;
    return ascites || hepaticEncephalopathy;
  }

  /** Centre of each ascites grade on the model's ascites index. */
  static double ascitesIndex(Ascites a) {
    return switch (a) {
      case NONE -> 0;
      case MILD -> 1;
      case MODERATE_SEVERE -> 2;
    };
  }

  /** Distance of the model's encephalopathy index from the band of the observed grade (0 inside). */
  static double outsideGrade(double index, Encephalopathy grade) {
    double lo = switch (grade) {
      case NONE -> Double.NEGATIVE_INFINITY;
      case GRADE_1_2 -> ClinicalScores.HE_GRADE_1_FROM;
      case GRADE_3_4 -> ClinicalScores.HE_GRADE_3_FROM;
    };
    double hi = switch (grade) {
      case NONE -> ClinicalScores.HE_GRADE_1_FROM;
      case GRADE_1_2 -> ClinicalScores.HE_GRADE_3_FROM;
      case GRADE_3_4 -> Double.POSITIVE_INFINITY;
    };
    return index < lo ? lo - index : index > hi ? index - hi : 0;
  }

  private static double sq(double x) {
    return x * x;
  }

  private FittedPatient assemble(Patient p, ParameterTable t, Candidate c) {
    SimulationResult r = c.result();
    int row = c.row();
    Map<String, Double> o = new HashMap<>(stateAt(r, row));
    o.putAll(patientParameters(p, t, c.activity()));
    BaselineLabs labs = p.labs();
    double kidney = labs.creatinineMgDl() / r.value(row, "creatinine");
    double sodiumOffset = labs.sodiumMmolL() - r.value(row, "sodium");
    o.put("decompensated", decompensatedAtBaseline(labs, r.value(row, "Asc")) ? 1.0 : 0.0);
    o.put("kidney_factor", kidney);
    o.put("sodium_offset", sodiumOffset);
    List<FitReport.LabFit> fits = new ArrayList<>();
    fits.add(new FitReport.LabFit("bilirubin_mg_dl", labs.bilirubinMgDl(), r.value(row, "Bili")));
    fits.add(new FitReport.LabFit("albumin_g_dl", labs.albuminGDl(), r.value(row, "Alb")));
    fits.add(new FitReport.LabFit("inr", labs.inr(), r.value(row, "inr")));
    fits.add(new FitReport.LabFit("creatinine_mg_dl", labs.creatinineMgDl(), r.value(row, "creatinine") * kidney));
    fits.add(new FitReport.LabFit("sodium_mmol_l", labs.sodiumMmolL(), r.value(row, "sodium") + sodiumOffset));
    if (labs.hvpgMmHg() != null) {
      fits.add(new FitReport.LabFit("hvpg_mmhg", labs.hvpgMmHg(), r.value(row, "hvpg")));
    }
    double sum = 0;
    for (FitReport.LabFit f : fits) {
      sum += sq(f.relativeError());
    }
    double years = r.times()[row] / DAYS_PER_YEAR;
    return new FittedPatient(p, o, new FitReport(c.activity(), years, fits, Math.sqrt(sum / fits.size())));
  }
}

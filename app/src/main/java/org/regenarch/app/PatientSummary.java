package org.regenarch.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.regenarch.clinical.score.Albi;
import org.regenarch.clinical.score.ChildPugh;
import org.regenarch.model.Etiology;
import org.regenarch.model.FitReport;
import org.regenarch.model.Modes;
import org.regenarch.model.Patient;
import org.regenarch.model.Trajectory;

/** A short summary a clinician can read: baseline, weeks 4/12/24/48, both arms. */
final class PatientSummary {
  static final int[] WEEKS = {4, 12, 24, 48};
  static final int DAYS_PER_WEEK = 7;

  private PatientSummary() {}

  private static final java.util.Map<String, String> LAB_NAMES = java.util.Map.of("bilirubin_mg_dl", "bilirubin",
      "albumin_g_dl", "albumin", "inr", "INR", "creatinine_mg_dl", "creatinine", "sodium_mmol_l", "sodium",
      "hvpg_mmhg", "HVPG");
  private static final java.util.Map<String, String> LAB_UNITS = java.util.Map.of("bilirubin_mg_dl", " mg/dL",
      "albumin_g_dl", " g/dL", "creatinine_mg_dl", " mg/dL", "sodium_mmol_l", " mmol/L", "hvpg_mmhg", " mmHg");

  private record Line(String label, String column, String format) {}

  private static final List<Line> LINES = List.of(
      new Line("MELD", "meld", "%.0f"),
      new Line("MELD-Na", "meld_na", "%.0f"),
      new Line("MELD 3.0", "meld3", "%.0f"),
      new Line("Child-Pugh", "child_pugh", "cp"),
      new Line("ALBI grade", "albi", "albi"),
      new Line("Albumin g/dL", "albumin_g_dl", "%.2f"),
      new Line("Bilirubin mg/dL", "bilirubin_mg_dl", "%.2f"),
      new Line("INR", "inr", "%.2f"),
      new Line("Creatinine mg/dL", "creatinine_mg_dl", "%.2f"),
      new Line("Sodium mmol/L", "sodium_mmol_l", "%.1f"),
      new Line("HVPG mmHg", "hvpg_mmhg", "%.1f"),
      new Line("Collagen % tissue", "collagen_percent", "%.2f"),
      new Line("Functional mass", "functional_mass", "%.3f"),
      new Line("Survival %", "survival_probability", "pct"),
      new Line("Decompensation %", "decompensation_probability", "pct"));

  static String text(PatientRun run) {
    Patient p = run.patient().patient();
    StringBuilder s = new StringBuilder();
    String disease = p.etiology() == Etiology.NONE ? "no liver disease"
        : p.etiology().label().toUpperCase(Locale.ROOT) + ", cause " + (p.causeTreated() ? "treated" : "not treated");
    s.append(String.format(Locale.ROOT, "Patient %s: %s; %s, %.0f y, %.0f kg%n", p.name(), disease,
        p.sex().label(), p.ageYears(), p.weightKg()));
    FitReport fit = run.patient().fit();
    s.append("Baseline fit, model vs patient:");
    for (FitReport.LabFit f : fit.labs()) {
      s.append(String.format(Locale.ROOT, " %s %.3g vs %.3g%s,", LAB_NAMES.getOrDefault(f.lab(), f.lab()), f.model(),
          f.target(), LAB_UNITS.getOrDefault(f.lab(), "")));
    }
    s.setLength(s.length() - 1);
    s.append(String.format(Locale.ROOT, " (RMS error %.1f%%; injury activity %.2f)%n", 100 * fit.rmsRelativeError(),
        fit.injuryActivity()));
    s.append("Therapy: ").append(run.therapies().isEmpty() ? "none" : String.join(" + ",
        run.therapies().stream().map(t -> t.text() + (t.product().cells() ? (t.allogeneic() ? " (allogeneic)" : " (autologous)") : "")).toList()));
    s.append("; modes: ").append(run.modes().equals(Modes.ALL_ON) ? "all on" : run.modes().toString()).append("\n\n");
    Trajectory t = run.therapy();
    Trajectory c = run.control();
    String armT = run.therapies().isEmpty() ? "no MSC" : "MSC";
    List<Integer> weeks = new ArrayList<>();
    double lastDay = t.days()[t.days().length - 1];
    for (int w : WEEKS) {
      if (w * DAYS_PER_WEEK <= lastDay + 1e-9) {
        weeks.add(w);
      }
    }
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-18s %9s", "", "Baseline"));
    StringBuilder head2 = new StringBuilder(String.format(Locale.ROOT, "%-18s %9s", "", ""));
    for (int w : weeks) {
      head.append(String.format(Locale.ROOT, c == null ? " %9s" : " %19s", "Week " + w));
      head2.append(c == null ? String.format(Locale.ROOT, " %9s", armT)
          : String.format(Locale.ROOT, " %9s %9s", armT, "control"));
    }
    s.append(head).append('\n').append(head2).append('\n');
    for (Line l : LINES) {
      s.append(String.format(Locale.ROOT, "%-18s %9s", l.label(), cell(l, t.value(0, l.column()))));
      for (int w : weeks) {
        double day = w * DAYS_PER_WEEK;
        s.append(String.format(Locale.ROOT, " %9s", cell(l, t.at(day, l.column()))));
        if (c != null) {
          s.append(String.format(Locale.ROOT, " %9s", cell(l, c.at(day, l.column()))));
        }
      }
      s.append('\n');
    }
    if (c != null && !weeks.isEmpty()) {
      int w = weeks.contains(24) ? 24 : weeks.get(weeks.size() - 1);
      double day = w * DAYS_PER_WEEK;
      s.append(String.format(Locale.ROOT,
          "%nAt week %d, MSC vs control: MELD %+.2f, albumin %+.2f g/dL, bilirubin %+.2f mg/dL, collagen %+.2f points, survival %+.1f%%.%n",
          w, t.at(day, "meld_unrounded") - c.at(day, "meld_unrounded"),
          t.at(day, "albumin_g_dl") - c.at(day, "albumin_g_dl"),
          t.at(day, "bilirubin_mg_dl") - c.at(day, "bilirubin_mg_dl"),
          t.at(day, "collagen_percent") - c.at(day, "collagen_percent"),
          100 * (t.at(day, "survival_probability") - c.at(day, "survival_probability"))));
    }
    s.append(String.format(Locale.ROOT, "%nModel %s sha256 %s; regenarch %s; seed %d (deterministic). "
            + "A model, not a prediction for this person.%nAll run parameters: add --out FILE.csv (FILE.csv.json beside it) or --format json.%n",
        run.record().modelId(), run.record().modelSha256().substring(0, 16), run.record().softwareVersion(),
        run.record().seed()));
    return s.toString();
  }

  private static String cell(Line l, double v) {
    if (!Double.isFinite(v)) {
      return "-";
    }
    return switch (l.format()) {
      case "cp" -> ChildPugh.classOf((int) v) + (int) v;
      case "albi" -> Integer.toString(Albi.grade(v));
      case "pct" -> String.format(Locale.ROOT, "%.1f", 100 * v);
      default -> String.format(Locale.ROOT, l.format(), v);
    };
  }
}

package org.regenarch.evidence.base;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.regenarch.evidence.base.Enums.ArmRole;
import org.regenarch.evidence.base.Enums.Condition;
import org.regenarch.evidence.base.Enums.StudyKind;
import org.regenarch.evidence.meta.Conversions;
import org.regenarch.evidence.meta.Conversions.MeanSd;

/**
 * Builds per-study effect-size input rows (MSC vs control) from the curated outcomes of one endpoint
 * at one timepoint, and says why each other study reporting that endpoint was left out. Values are
 * used as printed; the only arithmetic is the named conversions of the meta package
 * ({@link Conversions}: SE to SD, median with IQR or range to mean and SD) and the combination of
 * several MSC arms of one study (Cochrane Handbook v6.4, section 6.5.2.10, Table 6.5.a).
 */
public final class EffectRows {
  /** Timepoint argument that selects outcomes whose source states no timepoint. */
  public static final String NOT_STATED = "not-stated";
  static final String UNVERIFIED_FLAG = "cell type unverified";

  private EffectRows() {}

  /**
   * Options: restrict population; include products not confirmed as MSC; read "mean ± x" as SD;
   * estimate means from medians by Luo 2018 (true) or Wan 2014 (false); SDs always by Wan 2014.
   */
  public record Options(Set<Condition> conditions, boolean includeUnverified, boolean assumeSd, boolean luoMean) {
    public Options(Set<Condition> conditions, boolean includeUnverified, boolean assumeSd) {
      this(conditions, includeUnverified, assumeSd, true);
    }
  }

  /** Rows to pool, studies left out (id -> reason), and warnings (e.g. overlapping cohorts). */
  public record Result(List<EffectRow> rows, Map<String, String> excluded, List<String> warnings) {
    /** The rows as the meta command's input CSV (study column, then metafor's column names). */
    public String toCsv() {
      if (rows.isEmpty()) {
        throw new IllegalStateException("no rows to write");
      }
      List<String> mods = new ArrayList<>(rows.get(0).moderators().keySet());
      boolean binary = rows.get(0).binary();
      StringBuilder sb = new StringBuilder("study,")
          .append(binary ? "ai,n1i,ci,n2i" : "m1i,sd1i,n1i,m2i,sd2i,n2i");
      mods.forEach(m -> sb.append(',').append(m));
      sb.append('\n');
      for (EffectRow r : rows) {
        sb.append(r.study()).append(',');
        if (binary) {
          sb.append(num(r.events1())).append(',').append(num(r.n1())).append(',')
              .append(num(r.events2())).append(',').append(num(r.n2()));
        } else {
          sb.append(num(r.m1())).append(',').append(num(r.sd1())).append(',').append(num(r.n1())).append(',')
              .append(num(r.m2())).append(',').append(num(r.sd2())).append(',').append(num(r.n2()));
        }
        mods.forEach(m -> sb.append(',').append(r.moderators().get(m)));
        sb.append('\n');
      }
      return sb.toString();
    }
  }

  public static Result build(EvidenceBase base, String endpoint, String timepoint, Options opt) {
    List<EffectRow> rows = new ArrayList<>();
    Map<String, String> excluded = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    for (Study s : base.studies()) {
      if (s.kind() == StudyKind.PRECLINICAL) {
        continue;
      }
      List<Outcome> os = s.outcomes().stream()
          .filter(o -> o.endpoint().equalsIgnoreCase(endpoint) && timepointMatches(o, timepoint)).toList();
      if (os.isEmpty()) {
        continue;
      }
      String why = reasonToSkip(s, opt);
      if (why == null) {
        try {
          rows.add(row(s, os, opt));
        } catch (Skip e) {
          why = e.getMessage();
        }
      }
      if (why != null) {
        excluded.put(s.id(), why);
      }
    }
    if (rows.stream().map(EffectRow::binary).distinct().count() > 1) {
      throw new IllegalArgumentException("endpoint '" + endpoint + "' at " + timepoint
          + " is reported as events in some studies and as means in others; they cannot be pooled together");
    }
    Set<String> ids = rows.stream().map(EffectRow::study).collect(Collectors.toSet());
    for (Study s : base.studies()) {
      if (ids.contains(s.id())) {
        s.overlaps().stream().filter(ids::contains).filter(o -> s.id().compareTo(o) < 0)
            .forEach(o -> warnings.add(s.id() + " and " + o + " may report overlapping cohorts (see their flags)"));
      }
    }
    return new Result(rows, excluded, warnings);
  }

  private static boolean timepointMatches(Outcome o, String timepoint) {
    if (NOT_STATED.equalsIgnoreCase(timepoint)) {
      return o.timepoint() == null;
    }
    return o.timepoint() != null && o.timepoint().equalsIgnoreCase(timepoint);
  }

  private static String reasonToSkip(Study s, Options opt) {
    if (opt.conditions() != null && !opt.conditions().isEmpty() && !opt.conditions().contains(s.condition())) {
      return "population " + s.condition() + " not selected";
    }
    if (!opt.includeUnverified() && s.flags().stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(UNVERIFIED_FLAG))) {
      return "product not confirmed as MSC (use --include-unverified)";
    }
    return null;
  }

  private static final class Skip extends Exception {
    Skip(String message) {
      super(message);
    }
  }

  record Group(double mean, double sd, double n, double events) {}

  private static EffectRow row(Study s, List<Outcome> os, Options opt) throws Skip {
    List<Outcome> msc = byRole(s, os, ArmRole.MSC);
    List<Outcome> ctl = byRole(s, os, ArmRole.CONTROL);
    if (msc.isEmpty() || ctl.isEmpty()) {
      throw new Skip("no " + (msc.isEmpty() ? "MSC" : "control") + " arm reports this outcome");
    }
    if (ctl.size() > 1) {
      throw new Skip("several control arms report this outcome (choose one by editing the data)");
    }
    List<String> notes = new ArrayList<>();
    boolean binary = os.stream().allMatch(o -> o.statistic() == StatisticType.EVENTS_TOTAL);
    Group g1 = combine(s, msc, binary, opt, notes);
    Group g2 = combine(s, ctl, binary, opt, notes);
    Arm firstMsc = s.arm(msc.get(0).armId()).orElseThrow();
    Map<String, String> mods = new LinkedHashMap<>();
    mods.put("condition", s.condition().name());
    mods.put("design", s.design().name());
    mods.put("cell_source", firstMsc.product() == null ? "NOT_STATED" : firstMsc.product().source().name());
    mods.put("route", firstMsc.route() == null ? "NOT_STATED" : firstMsc.route().name());
    return new EffectRow(s.id(), binary, g1.mean(), g1.sd(), g1.n(), g2.mean(), g2.sd(), g2.n(),
        g1.events(), g2.events(), mods, notes);
  }

  private static List<Outcome> byRole(Study s, List<Outcome> os, ArmRole role) {
    return os.stream().filter(o -> s.arm(o.armId()).map(a -> a.role() == role).orElse(false)).toList();
  }

  private static Group combine(Study s, List<Outcome> os, boolean binary, Options opt, List<String> notes) throws Skip {
    List<Group> gs = new ArrayList<>();
    for (Outcome o : os) {
      gs.add(binary ? new Group(Double.NaN, Double.NaN, o.value("total"), o.value("events")) : continuous(s, o, opt, notes));
    }
    if (gs.size() > 1) {
      notes.add("combined " + gs.size() + " MSC arms (Cochrane Handbook 6.5.2.10)");
    }
    Group acc = gs.get(0);
    for (int i = 1; i < gs.size(); i++) {
      acc = binary ? new Group(Double.NaN, Double.NaN, acc.n() + gs.get(i).n(), acc.events() + gs.get(i).events())
          : pool(acc, gs.get(i));
    }
    return acc;
  }

  /** Cochrane Handbook Table 6.5.a: combined mean and SD of two groups. */
  static Group pool(Group a, Group b) {
    double n = a.n() + b.n();
    double mean = (a.n() * a.mean() + b.n() * b.mean()) / n;
    double ss = (a.n() - 1) * a.sd() * a.sd() + (b.n() - 1) * b.sd() * b.sd()
        + a.n() * b.n() / n * Math.pow(a.mean() - b.mean(), 2);
    return new Group(mean, Math.sqrt(ss / (n - 1)), n, Double.NaN);
  }

  private static Group continuous(Study s, Outcome o, Options opt, List<String> notes) throws Skip {
    Integer nInt = o.n() != null ? o.n() : s.arm(o.armId()).map(Arm::n).orElse(null);
    if (nInt == null) {
      throw new Skip("arm '" + o.armId() + "' has no n");
    }
    double n = nInt;
    return switch (o.statistic()) {
      case MEAN_SD -> new Group(o.value("mean"), o.value("sd"), n, Double.NaN);
      case MEAN_SE -> {
        notes.add(o.armId() + ": SD = SE x sqrt(n) (Cochrane Handbook 6.5.2.2)");
        yield new Group(o.value("mean"), Conversions.sdFromSe(o.value("se"), n), n, Double.NaN);
      }
      case MEDIAN_IQR -> {
        MeanSd m = Conversions.fromMedianIqr(o.value("q1"), o.value("median"), o.value("q3"), n, opt.luoMean());
        notes.add(o.armId() + ": mean and SD from median and IQR, " + m.method());
        yield new Group(m.mean(), m.sd(), n, Double.NaN);
      }
      case MEDIAN_RANGE -> {
        MeanSd m = Conversions.fromMedianRange(o.value("min"), o.value("median"), o.value("max"), n, opt.luoMean());
        notes.add(o.armId() + ": mean and SD from median and range, " + m.method());
        yield new Group(m.mean(), m.sd(), n, Double.NaN);
      }
      case CHANGE_FROM_BASELINE -> {
        notes.add(o.armId() + ": change from baseline");
        yield new Group(o.value("mean_change"), o.value("sd_change"), n, Double.NaN);
      }
      case MEAN_SPREAD_UNSTATED -> {
        if (!opt.assumeSd()) {
          throw new Skip("source does not say whether 'mean ± x' is SD or SE (use --assume-sd)");
        }
        notes.add(o.armId() + ": '±' read as SD (--assume-sd)");
        yield new Group(o.value("mean"), o.value("spread"), n, Double.NaN);
      }
      default -> throw new Skip("statistic " + o.statistic() + " cannot be turned into mean and SD"
          + (o.statistic() == StatisticType.PERCENT ? " (percent without counts is not back-calculated)" : ""));
    };
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}

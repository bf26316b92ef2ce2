package org.regenarch.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns therapy specs into the dose-slot parameters of the model (one slot, one SBML event). */
public final class TherapyPlan {
  private TherapyPlan() {}

  private record Administration(double day, double cells, double ev, double lung, double liver, double spleen) {}

  /** One slot per day: same-day administrations add cells and EVs; landing shares are cell-weighted. */
  private static List<Administration> mergeSameDay(List<Administration> all) {
    Map<Double, Administration> byDay = new java.util.TreeMap<>();
    for (Administration a : all) {
      byDay.merge(a.day(), a, (x, y) -> {
        double cells = x.cells() + y.cells();
        double wx = cells > 0 ? x.cells() / cells : 0.5;
        double wy = cells > 0 ? y.cells() / cells : 0.5;
        return new Administration(x.day(), cells, x.ev() + y.ev(), wx * x.lung() + wy * y.lung(),
            wx * x.liver() + wy * y.liver(), wx * x.spleen() + wy * y.spleen());
      });
    }
    return new ArrayList<>(byDay.values());
  }

  public static Map<String, Double> overrides(List<TherapySpec> therapies, double weightKg, ParameterTable t) {
    List<Administration> all = new ArrayList<>();
    double cellsTotal = 0;
    double potencyWeighted = 0;
    double allogeneicWeighted = 0;
    for (TherapySpec s : therapies) {
      double cells = s.cellsE6PerKg(weightKg);
      double ev = s.evUgPerKg(weightKg, t);
      for (double day : s.days()) {
        all.add(new Administration(day, cells, ev,
            s.route().lung(t), s.route().liver(t), s.route().spleen(t)));
        cellsTotal += cells;
        potencyWeighted += cells * s.product().potency(t);
        allogeneicWeighted += s.allogeneic() ? cells : 0;
      }
    }
    all = mergeSameDay(all);
    if (all.size() > CirrhosisModelBuilder.DOSE_SLOTS) {
      throw new PatientInputException(all.size() + " administrations requested; the model has "
          + CirrhosisModelBuilder.DOSE_SLOTS + " administration slots");
    }
    all.sort(Comparator.comparingDouble(Administration::day));
    Map<String, Double> o = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Administration a = all.get(i);
      String d = "dose" + (i + 1);
      o.put(d + "_day", a.day());
      o.put(d + "_cells", a.cells());
      o.put(d + "_ev", a.ev());
      o.put(d + "_lung", a.lung());
      o.put(d + "_liver", a.liver());
      o.put(d + "_spleen", a.spleen());
    }
    o.put("msc_potency", cellsTotal > 0 ? potencyWeighted / cellsTotal : 1.0);
    o.put("msc_allogeneic", cellsTotal > 0 ? allogeneicWeighted / cellsTotal : 0.0);
    return o;
  }
}

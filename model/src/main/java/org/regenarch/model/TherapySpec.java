package org.regenarch.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One therapy: {@code product:route:dose:days=d1,d2,...[:allogeneic|:autologous]}. Cell doses are
 * cells per kg ({@code 1e6/kg}) or total cells ({@code 7e7}); EV doses are µg or mg of protein or
 * particles, per kg or total ({@code 100ug/kg}, {@code 5mg}, {@code 1e11particles}).
 *
 * @param amount the dose as written, in {@code unit}
 * @param perKg whether the dose is per kg of body weight
 */
public record TherapySpec(
    String text, Product product, Route route, double amount, DoseUnit unit, boolean perKg,
    List<Double> days, boolean allogeneic) {

  /** Upper plausibility limits (assumed; clinical doses are 1e5-1e8 cells/kg). */
  public static final double MAX_CELLS_PER_KG = 1e9;
  public static final double MAX_EV_UG_PER_KG = 1e5;
  public static final double MAX_DAY = 365.25 * 20;

  public enum DoseUnit { CELLS, UG, MG, PARTICLES }

  private static final Pattern DOSE = Pattern.compile(
      "([0-9]*\\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\\s*(cells|ug|µg|mg|particles|p)?\\s*(/kg)?");

  public TherapySpec {
    days = List.copyOf(days);
  }

  public static TherapySpec parse(String spec) {
    String s = spec == null ? "" : spec.trim();
    String[] f = s.split(":");
    if (f.length < 4 || f.length > 5) {
      throw new PatientInputException("therapy '" + spec
          + "' is malformed: expected product:route:dose:days=d1,d2,...[:allogeneic|:autologous],"
          + " e.g. uc-msc:peripheral-vein:1e6/kg:days=0,28,56");
    }
    Product product = Product.parse(f[0], spec);
    Route route = Route.parse(f[1], spec);
    Matcher m = DOSE.matcher(f[2].trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new PatientInputException("therapy '" + spec + "': dose '" + f[2]
          + "' is malformed: expected e.g. 1e6/kg or 7e7 (cells), 100ug/kg or 1e11particles (EVs)");
    }
    double amount = Double.parseDouble(m.group(1));
    DoseUnit unit = unitOf(m.group(2), product, spec);
    boolean perKg = m.group(3) != null;
    if (!(amount > 0) || Double.isInfinite(amount)) {
      throw new PatientInputException("therapy '" + spec + "': dose must be a positive number, got " + f[2]);
    }
    if (!f[3].trim().toLowerCase(Locale.ROOT).startsWith("days=")) {
      throw new PatientInputException("therapy '" + spec + "': the fourth field must be days=d1,d2,..., got '" + f[3] + "'");
    }
    List<Double> days = new ArrayList<>();
    for (String d : f[3].trim().substring("days=".length()).split(",")) {
      double day;
      try {
        day = Double.parseDouble(d.trim());
      } catch (NumberFormatException e) {
        throw new PatientInputException("therapy '" + spec + "': day '" + d + "' is not a number");
      }
      if (!(day >= 0 && day <= MAX_DAY)) {
        throw new PatientInputException("therapy '" + spec + "': day " + d + " is outside 0.." + (int) MAX_DAY);
      }
      if (days.contains(day)) {
        throw new PatientInputException("therapy '" + spec + "': day " + d + " is listed twice");
      }
      days.add(day);
    }
    boolean allogeneic = product.alwaysAllogeneic();
    if (f.length == 5) {
      String src = f[4].trim().toLowerCase(Locale.ROOT);
      if (!product.cells()) {
        throw new PatientInputException("therapy '" + spec + "': '" + f[4] + "' applies to cells only, not to " + product.label());
      }
      if (src.equals("allogeneic")) {
        allogeneic = true;
      } else if (src.equals("autologous")) {
        if (product.alwaysAllogeneic()) {
          throw new PatientInputException("therapy '" + spec + "': " + product.label() + " cannot be autologous (umbilical-cord cells come from a donor; use :allogeneic)");
        }
        allogeneic = false;
      } else {
        throw new PatientInputException("therapy '" + spec + "': expected allogeneic or autologous, got '" + f[4] + "'");
      }
    }
    return new TherapySpec(s, product, route, amount, unit, perKg, days, allogeneic);
  }

  private static DoseUnit unitOf(String u, Product product, String spec) {
    if (product.cells()) {
      if (u == null || u.equals("cells")) {
        return DoseUnit.CELLS;
      }
      throw new PatientInputException("therapy '" + spec + "': a cell product is dosed in cells (e.g. 1e6/kg), not " + u);
    }
    if (u == null || u.equals("cells")) {
      throw new PatientInputException("therapy '" + spec + "': an EV dose needs a unit: ug, mg or particles (e.g. 100ug/kg)");
    }
    return switch (u) {
      case "ug", "µg" -> DoseUnit.UG;
      case "mg" -> DoseUnit.MG;
      default -> DoseUnit.PARTICLES;
    };
  }

  /** Cells per administration in 1e6 cells/kg (0 for EVs). */
  public double cellsE6PerKg(double weightKg) {
    if (!product.cells()) {
      return 0;
    }
    double cellsPerKg = perKg ? amount : amount / weightKg;
    checkCells(cellsPerKg);
    return cellsPerKg / 1e6;
  }

  /** EV protein per administration in µg/kg (0 for cells). */
  public double evUgPerKg(double weightKg, ParameterTable t) {
    if (product.cells()) {
      return 0;
    }
    double ug = switch (unit) {
      case UG -> amount;
      case MG -> amount * 1000;
      case PARTICLES -> amount / t.value("ev_particles_per_ug");
      case CELLS -> throw new IllegalStateException("EV dose in cells");
    };
    double ugPerKg = perKg ? ug : ug / weightKg;
    if (ugPerKg > MAX_EV_UG_PER_KG) {
      throw new PatientInputException("therapy '" + text + "': " + ugPerKg + " ug/kg of EV protein is impossible (limit "
          + MAX_EV_UG_PER_KG + " ug/kg)");
    }
    return ugPerKg;
  }

  private void checkCells(double perKg) {
    if (perKg > MAX_CELLS_PER_KG) {
      throw new PatientInputException("therapy '" + text + "': " + String.format(Locale.ROOT, "%.3g", perKg)
          + " cells/kg is impossible (limit " + String.format(Locale.ROOT, "%.0e", MAX_CELLS_PER_KG) + " cells/kg)");
    }
  }
}

package org.regenarch.evidence.base;

import java.util.Locale;
import java.util.Set;
import org.regenarch.evidence.base.Enums.ArmRole;
import org.regenarch.evidence.base.Enums.CellSource;
import org.regenarch.evidence.base.Enums.Condition;
import org.regenarch.evidence.base.Enums.Design;
import org.regenarch.evidence.base.Enums.Donor;
import org.regenarch.evidence.base.Enums.Etiology;
import org.regenarch.evidence.base.Enums.ProductType;
import org.regenarch.evidence.base.Enums.Route;
import org.regenarch.evidence.base.Enums.StudyKind;

/**
 * Filters for listing studies; a null (or empty) filter matches everything. Arm-level filters
 * (product source, donor, type, route, dose range) must all hold for the same MSC arm. A dose range
 * in cells per kg matches arms whose stated per-kg range overlaps it; arms without a per-kg dose
 * never match a dose filter.
 */
public record StudyQuery(
    Set<StudyKind> kinds,
    Set<Condition> conditions,
    Set<Etiology> etiologies,
    Set<Design> designs,
    Set<CellSource> sources,
    Set<Donor> donors,
    Set<ProductType> productTypes,
    Set<Route> routes,
    Double doseMinCellsPerKg,
    Double doseMaxCellsPerKg,
    String endpoint,
    String text) {

  public static StudyQuery all() {
    return new StudyQuery(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public boolean matches(Study s) {
    if (!in(kinds, s.kind()) || !in(conditions, s.condition()) || !in(designs, s.design())) {
      return false;
    }
    if (!empty(etiologies) && s.etiology().stream().noneMatch(etiologies::contains)) {
      return false;
    }
    if (endpoint != null && s.outcomes().stream().noneMatch(o -> o.endpoint().equalsIgnoreCase(endpoint))) {
      return false;
    }
    if (text != null && !haystack(s).contains(text.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (!hasArmFilter()) {
      return true;
    }
    if (s.arms().isEmpty() && s.registeredProductType() != null && onlyProductTypeFilter()) {
      return productTypes.contains(s.registeredProductType());
    }
    return s.arms().stream().filter(a -> a.role() == ArmRole.MSC).anyMatch(this::armMatches);
  }

  private boolean armMatches(Arm a) {
    Product p = a.product();
    if (p == null) {
      return false;
    }
    if (!in(sources, p.source()) || !in(donors, p.donor()) || !in(productTypes, p.type()) || !in(routes, a.route())) {
      return false;
    }
    if (doseMinCellsPerKg != null || doseMaxCellsPerKg != null) {
      return a.dose() != null && a.dose().perKgOverlaps(doseMinCellsPerKg, doseMaxCellsPerKg);
    }
    return true;
  }

  private boolean hasArmFilter() {
    return !empty(sources) || !empty(donors) || !empty(productTypes) || !empty(routes)
        || doseMinCellsPerKg != null || doseMaxCellsPerKg != null;
  }

  private boolean onlyProductTypeFilter() {
    return empty(sources) && empty(donors) && empty(routes) && doseMinCellsPerKg == null && doseMaxCellsPerKg == null;
  }

  private static String haystack(Study s) {
    return String.join(" ", s.id(), String.valueOf(s.population()), String.valueOf(s.citation()),
        String.valueOf(s.interventionAsPrinted())).toLowerCase(Locale.ROOT);
  }

  private static <T> boolean in(Set<T> set, T value) {
    return empty(set) || set.contains(value);
  }

  private static boolean empty(Set<?> s) {
    return s == null || s.isEmpty();
  }
}

package org.regenarch.evidence.base;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.regenarch.evidence.base.Enums.ArmRole;
import org.regenarch.evidence.base.Enums.CellSource;
import org.regenarch.evidence.base.Enums.Condition;
import org.regenarch.evidence.base.Enums.Design;
import org.regenarch.evidence.base.Enums.DoseBasis;
import org.regenarch.evidence.base.Enums.Donor;
import org.regenarch.evidence.base.Enums.Etiology;
import org.regenarch.evidence.base.Enums.InjuryModel;
import org.regenarch.evidence.base.Enums.ProductType;
import org.regenarch.evidence.base.Enums.Route;
import org.regenarch.evidence.base.Enums.Species;
import org.regenarch.evidence.base.Enums.StudyKind;

/**
 * Turns one parsed evidence file (YAML or JSON tree) into a {@link Study}, checking the schema
 * (docs/evidence-base.md). All problems of the file are collected; the caller decides to throw.
 */
public final class StudyReader {
  public static final String CLINICAL_SCHEMA = "regenarch.evidence.study/1";
  public static final String PRECLINICAL_SCHEMA = "regenarch.evidence.preclinical/1";

  /**
   * Registry id formats: NCT (ClinicalTrials.gov), ChiCTR old and new forms (FORMAT.md section 7),
   * IRCT (Iran, e.g. IRCT2012...N1 / IRCT20120215009014N1), CTRI/yyyy/mm/nnnnnn (India).
   */
  static final Pattern REGISTRY_ID = Pattern.compile(
      "NCT\\d{8}|ChiCTR-[A-Za-z]{2,5}-\\d{8}|ChiCTR\\d{10}|IRCT\\d+N\\d+|CTRI/\\d{4}/\\d{2,3}/\\d{6}");

  private static final Set<String> STUDY_FIELDS = Set.of("schema", "id", "kind", "registry_ids",
      "citation", "doi", "pmid", "design", "design_as_printed", "condition", "population", "etiology",
      "country", "phase", "status", "enrollment_as_printed", "intervention_as_printed", "product_type",
      "species", "injury_model", "injury_as_printed", "flags", "overlaps", "source", "arms", "outcomes");
  private static final Set<String> SOURCE_FIELDS = Set.of("url", "location", "curated_from");
  private static final Set<String> ARM_FIELDS = Set.of("id", "label", "role", "n", "n_as_printed",
      "product", "route", "route_as_printed", "dose", "comparator_as_printed", "subgroup_of", "source");
  private static final Set<String> PRODUCT_FIELDS = Set.of("source", "donor", "type", "as_printed");
  private static final Set<String> DOSE_FIELDS = Set.of("cells_per_kg_min", "cells_per_kg_max",
      "total_cells_min", "total_cells_max", "administrations", "per", "as_printed");
  private static final Set<String> OUTCOME_FIELDS = Set.of("arm", "endpoint", "endpoint_as_printed",
      "unit", "timepoint", "timepoint_as_printed", "statistic", "values", "n", "note", "source");

  private StudyReader() {}

  /** True for NCT, ChiCTR, IRCT and CTRI registry ids. */
  public static boolean isRegistryId(String id) {
    return id != null && REGISTRY_ID.matcher(id).matches();
  }

  /** Reads a study; problems are appended to {@code problems} (result may be partial then). */
  public static Study read(JsonNode root, String file, List<ValidationProblem> problems) {
    FieldReader r = new FieldReader(root, "", file, problems);
    if (!r.isObject()) {
      return null;
    }
    r.rejectUnknown(STUDY_FIELDS);
    StudyKind kind = r.enumValue("kind", StudyKind.class, true);
    String schema = r.text("schema", true);
    String expected = kind == StudyKind.PRECLINICAL ? PRECLINICAL_SCHEMA : CLINICAL_SCHEMA;
    if (schema != null && kind != null && !schema.equals(expected)) {
      r.problem("schema", "expected '" + expected + "' for kind " + kind + ", found '" + schema + "'");
    }
    String id = r.text("id", true);
    List<String> registryIds = r.list("registry_ids", false, FieldReader::asText);
    for (int i = 0; i < registryIds.size(); i++) {
      if (!REGISTRY_ID.matcher(registryIds.get(i)).matches()) {
        r.problem("registry_ids[" + i + "]", "'" + registryIds.get(i)
            + "' is not a registry id (NCT########, ChiCTR..., IRCT...N#, CTRI/yyyy/mm/######)");
      }
    }
    String pmid = r.text("pmid", false);
    if (pmid != null && !pmid.matches("\\d{1,9}")) {
      r.problem("pmid", "expected digits only, found '" + pmid + "'");
    }
    String doi = r.text("doi", false);
    if (doi != null && !doi.startsWith("10.")) {
      r.problem("doi", "expected a DOI starting with '10.', found '" + doi + "'");
    }
    Design design = kind == StudyKind.PRECLINICAL ? Design.NOT_STATED : r.enumValue("design", Design.class, true);
    Condition condition = kind == StudyKind.PRECLINICAL ? Condition.OTHER : r.enumValue("condition", Condition.class, true);
    List<Etiology> etiology = r.list("etiology", false, f -> f.asEnum(Etiology.class));
    PreclinicalModel pre = null;
    if (kind == StudyKind.PRECLINICAL) {
      pre = new PreclinicalModel(r.enumValue("species", Species.class, true),
          r.enumValue("injury_model", InjuryModel.class, true), r.text("injury_as_printed", false));
    }
    ProductType registered = r.enumValue("product_type", ProductType.class, false);
    SourceRef source = source(r.object("source", true));
    List<Arm> arms = r.list("arms", false, StudyReader::arm);
    List<Outcome> outcomes = r.list("outcomes", false, StudyReader::outcome);
    checkArmRefs(r, arms, outcomes);
    if (kind == StudyKind.CLINICAL && arms.isEmpty()) {
      r.problem("arms", "a CLINICAL study needs at least one arm");
    }
    return new Study(id, kind, registryIds, r.text("citation", false), doi, pmid, design,
        r.text("design_as_printed", false), condition, r.text("population", kind != StudyKind.PRECLINICAL),
        etiology, r.text("country", false), r.text("phase", false), r.text("status", false),
        r.text("enrollment_as_printed", false), r.text("intervention_as_printed", false), registered, pre,
        r.list("flags", false, FieldReader::asText), r.list("overlaps", false, FieldReader::asText),
        source, arms, outcomes, file);
  }

  private static void checkArmRefs(FieldReader r, List<Arm> arms, List<Outcome> outcomes) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < arms.size(); i++) {
      if (arms.get(i).id() != null && !ids.add(arms.get(i).id())) {
        r.problem("arms[" + i + "].id", "duplicate arm id '" + arms.get(i).id() + "'");
      }
    }
    for (int i = 0; i < arms.size(); i++) {
      String parent = arms.get(i).subgroupOf();
      if (parent != null && (!ids.contains(parent) || parent.equals(arms.get(i).id()))) {
        r.problem("arms[" + i + "].subgroup_of", "no other arm with id '" + parent + "' (arms: " + ids + ")");
      }
    }
    for (int i = 0; i < outcomes.size(); i++) {
      String a = outcomes.get(i).armId();
      if (a != null && !ids.contains(a)) {
        r.problem("outcomes[" + i + "].arm", "no arm with id '" + a + "' (arms: " + ids + ")");
      }
    }
  }

  private static SourceRef source(FieldReader s) {
    if (s == null) {
      return null;
    }
    s.rejectUnknown(SOURCE_FIELDS);
    String url = s.text("url", true);
    if (url != null && !url.matches("https?://\\S+")) {
      s.problem("url", "expected an http(s) address, found '" + url + "'");
    }
    return new SourceRef(url, s.text("location", true), s.text("curated_from", false));
  }

  private static Arm arm(FieldReader a) {
    if (!a.isObject()) {
      return null;
    }
    a.rejectUnknown(ARM_FIELDS);
    ArmRole role = a.enumValue("role", ArmRole.class, true);
    Integer n = a.integer("n", false);
    if (n != null && n < 0) {
      a.problem("n", "must be >= 0, found " + n);
    }
    boolean msc = role == ArmRole.MSC;
    FieldReader p = a.object("product", false);
    Product product = null;
    if (p != null) {
      p.rejectUnknown(PRODUCT_FIELDS);
      product = new Product(p.enumValue("source", CellSource.class, true), p.enumValue("donor", Donor.class, true),
          p.enumValue("type", ProductType.class, true), p.text("as_printed", false));
    } else if (msc) {
      a.problem("product", "an MSC arm needs a product (source, donor, type)");
    }
    Route route = a.enumValue("route", Route.class, msc);
    return new Arm(a.text("id", true), a.text("label", true), role, n, a.text("n_as_printed", false),
        product, route, a.text("route_as_printed", false), dose(a.object("dose", false)),
        a.text("comparator_as_printed", false), a.text("subgroup_of", false), source(a.object("source", true)));
  }

  private static Dose dose(FieldReader d) {
    if (d == null) {
      return null;
    }
    d.rejectUnknown(DOSE_FIELDS);
    Double kgMin = d.number("cells_per_kg_min", false);
    Double kgMax = d.number("cells_per_kg_max", false);
    Double totMin = d.number("total_cells_min", false);
    Double totMax = d.number("total_cells_max", false);
    checkRange(d, "cells_per_kg", kgMin, kgMax);
    checkRange(d, "total_cells", totMin, totMax);
    Integer adm = d.integer("administrations", false);
    if (adm != null && adm < 1) {
      d.problem("administrations", "must be >= 1, found " + adm);
    }
    DoseBasis basis = d.enumValue("per", DoseBasis.class, kgMin != null || totMin != null);
    return new Dose(kgMin, kgMax, totMin, totMax, adm, basis, d.text("as_printed", true));
  }

  private static void checkRange(FieldReader d, String prefix, Double min, Double max) {
    if ((min == null) != (max == null)) {
      d.problem(prefix + (min == null ? "_min" : "_max"), "give both " + prefix + "_min and " + prefix + "_max");
    } else if (min != null && (min <= 0 || min > max)) {
      d.problem(prefix + "_min", "expected 0 < min <= max, found " + min + " .. " + max);
    }
  }

  private static Outcome outcome(FieldReader o) {
    if (!o.isObject()) {
      return null;
    }
    o.rejectUnknown(OUTCOME_FIELDS);
    StatisticType st = o.enumValue("statistic", StatisticType.class, true);
    Map<String, Double> values = new LinkedHashMap<>();
    FieldReader v = o.object("values", true);
    if (v != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = v.raw().fields(); it.hasNext(); ) {
        var e = it.next();
        if (st != null && !st.allows(e.getKey())) {
          v.problem(e.getKey(), "not a value of statistic " + st + " (expected " + st.requiredKeys() + ")");
          continue;
        }
        Double d = v.number(e.getKey(), false);
        if (d != null) {
          values.put(e.getKey(), d);
        }
      }
      if (st != null) {
        for (String k : st.requiredKeys()) {
          if (!v.raw().has(k)) {
            v.problem(k, "required for statistic " + st);
          }
        }
        checkValues(v, st, values);
      }
    }
    Integer n = o.integer("n", false);
    return new Outcome(o.text("arm", true), o.text("endpoint", true), o.text("endpoint_as_printed", false),
        o.text("unit", false), o.text("timepoint", false), o.text("timepoint_as_printed", false), st,
        values, n, o.text("note", false), source(o.object("source", true)));
  }

  private static void checkValues(FieldReader v, StatisticType st, Map<String, Double> x) {
    for (String k : List.of("sd", "se", "spread", "sd_change")) {
      if (x.containsKey(k) && x.get(k) < 0) {
        v.problem(k, "must be >= 0, found " + x.get(k));
      }
    }
    if (st == StatisticType.EVENTS_TOTAL && x.containsKey("events") && x.containsKey("total")) {
      double ev = x.get("events");
      double tot = x.get("total");
      if (ev != Math.rint(ev) || tot != Math.rint(tot) || ev < 0 || ev > tot) {
        v.problem("events", "expected whole numbers with 0 <= events <= total, found " + ev + "/" + tot);
      }
    }
    if (st == StatisticType.MEDIAN_IQR && x.size() == 3 && !(x.get("q1") <= x.get("median") && x.get("median") <= x.get("q3"))) {
      v.problem("median", "expected q1 <= median <= q3");
    }
    if (st == StatisticType.MEDIAN_RANGE && x.size() == 3 && !(x.get("min") <= x.get("median") && x.get("median") <= x.get("max"))) {
      v.problem("median", "expected min <= median <= max");
    }
    if (st == StatisticType.PERCENT_CI && x.size() >= 3 && !(x.get("ci_lower") <= x.get("percent") && x.get("percent") <= x.get("ci_upper"))) {
      v.problem("percent", "expected ci_lower <= percent <= ci_upper");
    }
  }
}

package org.regenarch.evidence.ctgov;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenarch.evidence.base.Arm;
import org.regenarch.evidence.base.Dose;
import org.regenarch.evidence.base.Enums.ArmRole;
import org.regenarch.evidence.base.Enums.Condition;
import org.regenarch.evidence.base.Enums.Design;
import org.regenarch.evidence.base.Enums.DoseBasis;
import org.regenarch.evidence.base.Enums.Etiology;
import org.regenarch.evidence.base.Enums.ProductType;
import org.regenarch.evidence.base.Enums.StudyKind;
import org.regenarch.evidence.base.Outcome;
import org.regenarch.evidence.base.Product;
import org.regenarch.evidence.base.SourceRef;
import org.regenarch.evidence.base.StatisticType;
import org.regenarch.evidence.base.Study;
import org.regenarch.evidence.base.StudyReader;

/**
 * Maps one ClinicalTrials.gov API v2 {@code Study} object to the evidence data model (field layout:
 * shared/science/clinical/ctgov/FORMAT.md sections 2-4). Every mapped value's source is the record's
 * public page https://clinicaltrials.gov/study/NCT... with the JSON path as location.
 */
public final class CtgovMapper {
  static final String STUDY_URL = "https://clinicaltrials.gov/study/";

  private CtgovMapper() {}

  /** Maps a study; problems that lose data (unmapped result statistics) are added to warnings. */
  public static Study map(JsonNode study, String origin, List<String> warnings) {
    JsonNode p = study.path("protocolSection");
    JsonNode ident = p.path("identificationModule");
    String nct = text(ident, "nctId");
    if (nct == null || !nct.matches("(?i)NCT\\d{8}")) {
      throw new CtgovInputException(origin + ": protocolSection.identificationModule.nctId: expected NCT + 8 digits, found "
          + (nct == null ? "nothing" : "'" + nct + "'"));
    }
    nct = nct.toUpperCase(java.util.Locale.ROOT);
    String url = STUDY_URL + nct;
    Set<String> ids = new LinkedHashSet<>();
    ids.add(nct);
    ident.path("nctIdAliases").forEach(a -> ids.add(a.asText().toUpperCase(java.util.Locale.ROOT)));
    ident.path("secondaryIdInfos").forEach(s -> {
      String id = s.path("id").asText("").trim();
      if (StudyReader.isRegistryId(id)) {
        ids.add(id);
      }
    });
    JsonNode conditions = p.path("conditionsModule");
    String conditionText = join(conditions.path("conditions")) + "; " + join(conditions.path("keywords"));
    String titles = text(ident, "briefTitle") + " " + text(ident, "officialTitle");
    JsonNode arms = p.path("armsInterventionsModule");
    String interventionText = interventions(arms.path("interventions"));
    ProductType productType = TextClassifier.productType(interventionText + " " + titles);
    JsonNode design = p.path("designModule");
    List<Arm> armList = arms(arms, url);
    Outcomes outcomes = outcomes(study.path("resultsSection").path("outcomeMeasuresModule"), url, armList, warnings, nct);
    return new Study(nct, StudyKind.REGISTRATION, List.copyOf(ids), text(ident, "briefTitle"), null,
        resultPmid(p.path("referencesModule")), design(design), designText(design),
        TextClassifier.condition(conditionText + " " + titles), join(conditions.path("conditions")),
        etiology(conditionText + " " + titles), countries(p.path("contactsLocationsModule")), phase(design),
        text(p.path("statusModule"), "overallStatus"), enrollment(design), interventionText, productType, null,
        List.of(), List.of(), new SourceRef(url, "ClinicalTrials.gov API v2 record, protocolSection", origin),
        outcomes.arms(), outcomes.outcomes(), origin);
  }

  private static List<Arm> arms(JsonNode module, String url) {
    List<Arm> out = new ArrayList<>();
    JsonNode groups = module.path("armGroups");
    for (int i = 0; i < groups.size(); i++) {
      JsonNode g = groups.get(i);
      String label = text(g, "label");
      String desc = text(g, "description");
      String linked = linkedInterventions(module.path("interventions"), label) + " " + join(g.path("interventionNames"));
      String all = label + " " + desc + " " + linked;
      String type = text(g, "type");
      boolean msc = TextClassifier.mentionsMscProduct(all) && !"PLACEBO_COMPARATOR".equals(type)
          && !"NO_INTERVENTION".equals(type) && !"SHAM_COMPARATOR".equals(type);
      ArmRole role = msc ? ArmRole.MSC
          : type != null && (type.endsWith("_COMPARATOR") || type.equals("NO_INTERVENTION")) ? ArmRole.CONTROL : ArmRole.OTHER;
      SourceRef src = new SourceRef(url, "protocolSection.armsInterventionsModule.armGroups[" + i + "]", null);
      Product product = null;
      Dose dose = null;
      if (msc) {
        product = new Product(TextClassifier.cellSource(all), TextClassifier.donor(all),
            TextClassifier.productType(all), linked.strip());
        Double perKg = TextClassifier.cellsPerKg(all);
        dose = new Dose(perKg, perKg, null, null, null, perKg == null ? null : DoseBasis.UNCLEAR,
            desc == null ? "not stated" : desc);
      }
      out.add(new Arm(uniqueId(out, TextClassifier.slug(label)), label, role, null, null, product,
          msc ? TextClassifier.route(all) : null, null, dose, msc ? null : desc, null, src));
    }
    return out;
  }

  private record Outcomes(List<Arm> arms, List<Outcome> outcomes) {}

  /** resultsSection.outcomeMeasuresModule (FORMAT.md 4.1): one outcome per group and class/category. */
  private static Outcomes outcomes(JsonNode module, String url, List<Arm> armsIn, List<String> warnings, String nct) {
    List<Arm> arms = new ArrayList<>(armsIn);
    List<Outcome> out = new ArrayList<>();
    JsonNode measures = module.path("outcomeMeasures");
    for (int k = 0; k < measures.size(); k++) {
      JsonNode m = measures.get(k);
      String where = "resultsSection.outcomeMeasuresModule.outcomeMeasures[" + k + "]";
      StatisticType st = statistic(text(m, "paramType"), text(m, "dispersionType"));
      if (st == null) {
        warnings.add(nct + " " + where + ": paramType " + text(m, "paramType") + " with dispersion "
            + text(m, "dispersionType") + " is not mapped; measure skipped");
        continue;
      }
      Map<String, String> groupArm = new LinkedHashMap<>();
      for (JsonNode g : m.path("groups")) {
        String title = text(g, "title");
        Arm arm = arms.stream().filter(a -> a.label().equalsIgnoreCase(title)).findFirst().orElse(null);
        if (arm == null) { // results groups are matched to arms by title (FORMAT.md 4.1: ids differ by module)
          arm = new Arm(uniqueId(arms, TextClassifier.slug(title)), title, ArmRole.OTHER, null, null, null, null,
              null, null, text(g, "description"), null, new SourceRef(url, where + ".groups", null));
          arms.add(arm);
        }
        groupArm.put(text(g, "id"), arm.id());
      }
      Map<String, Integer> denoms = denoms(m.path("denoms"));
      for (JsonNode c : m.path("classes")) {
        Map<String, Integer> classDenoms = c.has("denoms") ? denoms(c.path("denoms")) : denoms;
        for (JsonNode cat : c.path("categories")) {
          String sub = String.join(" ", java.util.stream.Stream.of(text(c, "title"), text(cat, "title"))
              .filter(s -> s != null && !s.isBlank()).toList());
          for (JsonNode v : cat.path("measurements")) {
            String gid = text(v, "groupId");
            Integer n = classDenoms.get(gid);
            Map<String, Double> values = values(st, v, n);
            if (values == null || groupArm.get(gid) == null) {
              warnings.add(nct + " " + where + ": group " + gid + " value '" + text(v, "value") + "' is not numeric or"
                  + " has no group/denominator; skipped");
              continue;
            }
            String title = text(m, "title") + (sub.isEmpty() ? "" : " - " + sub);
            out.add(new Outcome(groupArm.get(gid), TextClassifier.slug(title), title, text(m, "unitOfMeasure"),
                TextClassifier.timepointKey(text(m, "timeFrame")), text(m, "timeFrame"), st, values, n, text(m, "type"),
                new SourceRef(url, where, null)));
          }
        }
      }
    }
    return new Outcomes(arms, out);
  }

  static StatisticType statistic(String param, String dispersion) {
    if (param == null) {
      return null;
    }
    String d = dispersion == null ? "NA" : dispersion;
    return switch (param) {
      case "MEAN" -> switch (d) {
        case "STANDARD_DEVIATION" -> StatisticType.MEAN_SD;
        case "STANDARD_ERROR" -> StatisticType.MEAN_SE;
        case "NA" -> StatisticType.MEAN;
        default -> null;
      };
      case "MEDIAN" -> switch (d) {
        case "INTER_QUARTILE_RANGE" -> StatisticType.MEDIAN_IQR;
        case "FULL_RANGE" -> StatisticType.MEDIAN_RANGE;
        default -> null;
      };
      case "COUNT_OF_PARTICIPANTS" -> StatisticType.EVENTS_TOTAL;
      default -> null;
    };
  }

  private static Map<String, Double> values(StatisticType st, JsonNode v, Integer n) {
    Double value = num(text(v, "value"));
    if (value == null) {
      return null;
    }
    Map<String, Double> out = new LinkedHashMap<>();
    switch (st) {
      case MEAN_SD -> put(out, "mean", value, "sd", num(text(v, "spread")));
      case MEAN_SE -> put(out, "mean", value, "se", num(text(v, "spread")));
      case MEAN -> out.put("mean", value);
      case MEDIAN_IQR -> {
        put(out, "median", value, "q1", num(text(v, "lowerLimit")));
        out.put("q3", num(text(v, "upperLimit")));
      }
      case MEDIAN_RANGE -> {
        put(out, "median", value, "min", num(text(v, "lowerLimit")));
        out.put("max", num(text(v, "upperLimit")));
      }
      case EVENTS_TOTAL -> put(out, "events", value, "total", n == null ? null : n.doubleValue());
      default -> {
        return null;
      }
    }
    return out.containsValue(null) ? null : out;
  }

  private static void put(Map<String, Double> m, String k1, Double v1, String k2, Double v2) {
    m.put(k1, v1);
    m.put(k2, v2);
  }

  private static Map<String, Integer> denoms(JsonNode denoms) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (JsonNode d : denoms) {
      for (JsonNode c : d.path("counts")) {
        Double v = num(text(c, "value"));
        if (v != null) {
          out.put(text(c, "groupId"), v.intValue());
        }
      }
    }
    return out;
  }

  private static String uniqueId(List<Arm> arms, String base) {
    String id = base.isEmpty() ? "arm" : base;
    int i = 2;
    while (true) {
      String candidate = id;
      if (arms.stream().noneMatch(a -> a.id().equals(candidate))) {
        return candidate;
      }
      id = base + "-" + i++;
    }
  }

  static Design design(JsonNode d) {
    String alloc = text(d.path("designInfo"), "allocation");
    String model = text(d.path("designInfo"), "interventionModel");
    if ("RANDOMIZED".equals(alloc)) {
      return Design.RCT;
    }
    if ("SINGLE_GROUP".equals(model)) {
      return Design.SINGLE_ARM;
    }
    if ("NON_RANDOMIZED".equals(alloc)) {
      return Design.NON_RANDOMISED_CONTROLLED;
    }
    return Design.NOT_STATED;
  }

  private static String designText(JsonNode d) {
    JsonNode i = d.path("designInfo");
    return String.join(" / ", java.util.stream.Stream.of(text(d, "studyType"), text(i, "allocation"),
        text(i, "interventionModel"), text(i.path("maskingInfo"), "masking")).filter(s -> s != null).toList());
  }

  /** "PHASE1","PHASE2" -> "1/2"; "NA" -> "N/A"; "EARLY_PHASE1" -> "early 1". */
  static String phase(JsonNode d) {
    List<String> out = new ArrayList<>();
    for (JsonNode ph : d.path("phases")) {
      String s = ph.asText();
      out.add(s.equals("NA") ? "N/A" : s.replace("EARLY_PHASE", "early ").replace("PHASE", ""));
    }
    return out.isEmpty() ? null : String.join("/", out);
  }

  private static String enrollment(JsonNode d) {
    JsonNode e = d.path("enrollmentInfo");
    if (!e.has("count")) {
      return null;
    }
    return e.path("count").asText() + (e.has("type") ? " (" + e.path("type").asText().toLowerCase(java.util.Locale.ROOT) + ")" : "");
  }

  private static List<Etiology> etiology(String text) {
    String t = TextClassifier.norm(text);
    List<Etiology> out = new ArrayList<>();
    if (t.contains("hepatitis b") || t.contains("hbv")) {
      out.add(Etiology.HBV);
    }
    if (t.contains("hepatitis c") || t.contains("hcv")) {
      out.add(Etiology.HCV);
    }
    if (t.contains("alcohol")) {
      out.add(Etiology.ALCOHOL);
    }
    if (t.contains("primary biliary")) {
      out.add(Etiology.PBC);
    }
    if (t.contains("autoimmune hepatitis")) {
      out.add(Etiology.AUTOIMMUNE);
    }
    return out;
  }

  private static String countries(JsonNode contacts) {
    Set<String> out = new LinkedHashSet<>();
    contacts.path("locations").forEach(l -> {
      if (l.hasNonNull("country")) {
        out.add(l.get("country").asText());
      }
    });
    return out.isEmpty() ? null : String.join(", ", out);
  }

  private static String resultPmid(JsonNode refs) {
    for (JsonNode r : refs.path("references")) {
      if ("RESULT".equals(text(r, "type")) && r.hasNonNull("pmid")) {
        return r.get("pmid").asText();
      }
    }
    return null;
  }

  private static String interventions(JsonNode list) {
    List<String> out = new ArrayList<>();
    for (JsonNode i : list) {
      out.add(text(i, "type") + ": " + text(i, "name")
          + (i.hasNonNull("description") ? " (" + i.get("description").asText() + ")" : ""));
    }
    return out.isEmpty() ? null : String.join("; ", out);
  }

  /** Arms link to interventions by label text (FORMAT.md section 3, armsInterventionsModule). */
  private static String linkedInterventions(JsonNode list, String label) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode i : list) {
      for (JsonNode l : i.path("armGroupLabels")) {
        if (l.asText().equals(label)) {
          sb.append(text(i, "type")).append(": ").append(text(i, "name")).append(' ')
              .append(i.path("description").asText("")).append(' ');
        }
      }
    }
    return sb.toString();
  }

  private static String join(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(n -> out.add(n.asText()));
    return String.join("; ", out);
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Double num(String s) {
    if (s == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(s.trim());
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null; // e.g. "NA" (FORMAT.md 4: values are strings and may be "NA")
    }
  }
}

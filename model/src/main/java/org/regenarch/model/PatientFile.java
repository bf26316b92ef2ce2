package org.regenarch.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import org.regenarch.clinical.lab.Albumin;
import org.regenarch.clinical.lab.Bilirubin;
import org.regenarch.clinical.lab.Creatinine;
import org.regenarch.clinical.lab.Inr;
import org.regenarch.clinical.lab.Sodium;
import org.regenarch.clinical.patient.Ascites;
import org.regenarch.clinical.patient.Encephalopathy;
import org.regenarch.clinical.patient.Sex;

/**
 * Reads a patient YAML file:
 *
 * <pre>
 * name: example            # optional (file name)
 * etiology: hbv            # hbv, hcv, alcohol, masld, pbc, none
 * cause_treated: true      # antivirals / abstinence
 * age_years: 52
 * sex: male
 * weight_kg: 70
 * labs:
 *   bilirubin_mg_dl: 2.5   # or bilirubin_umol_l
 *   albumin_g_dl: 2.9      # or albumin_g_l
 *   inr: 1.6
 *   creatinine_mg_dl: 1.0  # or creatinine_umol_l
 *   sodium_mmol_l: 134
 *   hvpg_mmhg: 16          # optional
 *   ascites: mild          # optional: none, mild, moderate-severe
 *   encephalopathy: none   # optional: none, grade-1-2, grade-3-4
 * </pre>
 *
 * Lab values are checked by the clinical layer's unit-carrying types.
 */
public final class PatientFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> TOP = Set.of("name", "etiology", "cause_treated", "age_years", "sex",
      "weight_kg", "labs");
  private static final Set<String> LABS = Set.of("bilirubin_mg_dl", "bilirubin_umol_l", "albumin_g_dl",
      "albumin_g_l", "inr", "creatinine_mg_dl", "creatinine_umol_l", "sodium_mmol_l", "hvpg_mmhg", "ascites",
      "encephalopathy");

  private PatientFile() {}

  public static Patient read(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new PatientInputException(file + ": cannot read patient YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new PatientInputException(file + ": expected a YAML mapping with etiology, age_years, sex, weight_kg, labs");
    }
    String where = file.toString();
    unknownKeys(root, TOP, where);
    JsonNode labs = root.get("labs");
    if (labs == null || !labs.isObject()) {
      throw new PatientInputException(where + ": field 'labs' (a mapping of baseline labs) is missing");
    }
    unknownKeys(labs, LABS, where + " labs");
    String name = root.hasNonNull("name") ? root.get("name").asText()
        : file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    try {
      double bili = labs.has("bilirubin_umol_l")
          ? Bilirubin.umolPerL(number(labs, "bilirubin_umol_l", where)).inMgPerDl()
          : Bilirubin.mgPerDl(number(labs, "bilirubin_mg_dl", where)).inMgPerDl();
      double alb = labs.has("albumin_g_l")
          ? Albumin.gPerL(number(labs, "albumin_g_l", where)).inGPerDl()
          : Albumin.gPerDl(number(labs, "albumin_g_dl", where)).inGPerDl();
      double inr = new Inr(number(labs, "inr", where)).ratio();
      double cr = labs.has("creatinine_umol_l")
          ? Creatinine.umolPerL(number(labs, "creatinine_umol_l", where)).inMgPerDl()
          : Creatinine.mgPerDl(number(labs, "creatinine_mg_dl", where)).inMgPerDl();
      double na = new Sodium(number(labs, "sodium_mmol_l", where)).mmolPerL();
      Double hvpg = labs.hasNonNull("hvpg_mmhg") ? number(labs, "hvpg_mmhg", where) : null;
      if (hvpg != null && !(hvpg >= 0 && hvpg <= 60)) {
        throw new PatientInputException(where + ": labs.hvpg_mmhg " + hvpg + " is outside 0-60 mmHg");
      }
      Ascites ascites = labs.hasNonNull("ascites") ? Ascites.parse(labs.get("ascites").asText()) : null;
      Encephalopathy he = labs.hasNonNull("encephalopathy")
          ? Encephalopathy.parse(labs.get("encephalopathy").asText()) : null;
      return new Patient(name,
          Etiology.parse(text(root, "etiology", where), where),
          root.hasNonNull("cause_treated") && bool(root, "cause_treated", where),
          number(root, "age_years", where),
          Sex.parse(text(root, "sex", where)),
          number(root, "weight_kg", where),
          new BaselineLabs(bili, alb, inr, cr, na, hvpg, ascites, he));
    } catch (PatientInputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PatientInputException(where + ": " + e.getMessage(), e);
    }
  }

  private static void unknownKeys(JsonNode node, Set<String> allowed, String where) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw new PatientInputException(where + ": unknown field '" + k + "'; expected one of " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  private static double number(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new PatientInputException(where + ": field '" + field + "' is missing");
    }
    if (!v.isNumber()) {
      throw new PatientInputException(where + ": field '" + field + "' must be a number, got '" + v.asText() + "'");
    }
    return v.asDouble();
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new PatientInputException(where + ": field '" + field + "' is missing");
    }
    return v.asText();
  }

  private static boolean bool(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (!v.isBoolean()) {
      throw new PatientInputException(where + ": field '" + field + "' must be true or false");
    }
    return v.asBoolean();
  }
}

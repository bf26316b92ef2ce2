package org.regenarch.evidence.ctgov;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regenarch.evidence.base.Enums.CellSource;
import org.regenarch.evidence.base.Enums.Condition;
import org.regenarch.evidence.base.Enums.Donor;
import org.regenarch.evidence.base.Enums.ProductType;
import org.regenarch.evidence.base.Enums.Route;

/**
 * Keyword rules that classify registry free text (conditions, intervention names and descriptions)
 * into the evidence vocabulary. Registry text is prose (FORMAT.md section 3: no coded outcome or
 * product fields), so these rules are deliberately conservative: "not stated" when no keyword hits.
 */
final class TextClassifier {
  private static final Pattern MSC = Pattern.compile(
      "mesenchymal|stromal cell|\\bmscs?\\b|\\bmsc-|stem cell|exosome|extracellular vesicle|secretome");
  private static final Pattern EV = Pattern.compile("exosome|extracellular vesicle|\\bevs?\\b|\\bmsc-evs?\\b");
  private static final Pattern ACLF = Pattern.compile("acute[- ]on[- ]chronic|\\baclf\\b");
  private static final Pattern CIRRHOSIS = Pattern.compile("cirrho|fibrosis|end[- ]stage liver|\\besld\\b");
  private static final Pattern LIVER = Pattern.compile("liver|hepat|biliary|cholangitis");
  /** "1.0 x 10^6 cells/kg", "1×10E6/kg", "0.5 x 10(6) cells per kg". */
  private static final Pattern PER_KG = Pattern.compile(
      "(\\d+(?:\\.\\d+)?)\\s*[x×\\*]\\s*10\\s*(?:\\^|e|\\()?\\s*(\\d{1,2})\\)?\\s*(?:cells?|mscs?)?\\s*(?:/|per\\s+)\\s*kg");

  private TextClassifier() {}

  static String norm(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  static boolean mentionsMscProduct(String text) {
    return MSC.matcher(norm(text)).find();
  }

  static ProductType productType(String text) {
    String t = norm(text);
    if (EV.matcher(t).find()) {
      return ProductType.EVS;
    }
    return MSC.matcher(t).find() ? ProductType.CELLS : null;
  }

  static Condition condition(String text) {
    String t = norm(text);
    if (ACLF.matcher(t).find()) {
      return Condition.ACLF;
    }
    if (CIRRHOSIS.matcher(t).find()) {
      return Condition.CIRRHOSIS;
    }
    return LIVER.matcher(t).find() ? Condition.OTHER_LIVER : Condition.OTHER;
  }

  static CellSource cellSource(String text) {
    String t = norm(text);
    if (t.contains("cord blood")) {
      return CellSource.CORD_BLOOD;
    }
    if (t.contains("umbilical") || t.contains("wharton") || t.contains("uc-msc") || t.contains("hucmsc")) {
      return CellSource.UC;
    }
    if (t.contains("bone marrow") || t.contains("bm-msc") || t.contains("bmsc")) {
      return CellSource.BM;
    }
    if (t.contains("adipose")) {
      return CellSource.AD;
    }
    if (t.contains("menstrual")) {
      return CellSource.MENSTRUAL;
    }
    return CellSource.NOT_STATED;
  }

  static Donor donor(String text) {
    String t = norm(text);
    if (t.contains("autologous")) {
      return Donor.AUTOLOGOUS;
    }
    return t.contains("allogeneic") || t.contains("allogenic") ? Donor.ALLOGENEIC : Donor.NOT_STATED;
  }

  static Route route(String text) {
    String t = norm(text);
    if (t.contains("hepatic arter")) {
      return Route.HEPATIC_ARTERY;
    }
    if (t.contains("portal vein")) {
      return Route.PORTAL_VEIN;
    }
    if (t.contains("intrasplenic") || t.contains("spleen")) {
      return Route.INTRASPLENIC;
    }
    if (t.contains("intravenous") || t.contains("peripheral vein") || t.matches("(?s).*\\bi\\.?v\\.?\\b.*")) {
      return Route.PERIPHERAL_VEIN;
    }
    return Route.NOT_STATED;
  }

  /** Cells per kg stated in the text (first match), or null. */
  static Double cellsPerKg(String text) {
    Matcher m = PER_KG.matcher(norm(text));
    if (!m.find()) {
      return null;
    }
    return Double.parseDouble(m.group(1)) * Math.pow(10, Integer.parseInt(m.group(2)));
  }

  /** Timepoint key from a time-frame text: "24 weeks"/"week 24" -> "24w", "6 months" -> "6mo". */
  static String timepointKey(String timeFrame) {
    String t = norm(timeFrame).trim();
    if (t.equals("baseline")) {
      return "baseline";
    }
    Matcher w = Pattern.compile("^(?:week\\s*(\\d+)|(\\d+)\\s*weeks?)$").matcher(t);
    if (w.matches()) {
      return (w.group(1) != null ? w.group(1) : w.group(2)) + "w";
    }
    Matcher mo = Pattern.compile("^(?:month\\s*(\\d+)|(\\d+)\\s*months?)$").matcher(t);
    if (mo.matches()) {
      return (mo.group(1) != null ? mo.group(1) : mo.group(2)) + "mo";
    }
    return null;
  }

  static String slug(String label) {
    String s = norm(label).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.length() > 40 ? s.substring(0, 40).replaceAll("-$", "") : s;
  }
}

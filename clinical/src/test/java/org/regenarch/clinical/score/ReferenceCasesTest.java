package org.regenarch.clinical.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regenarch.clinical.lab.AgeYears;
import org.regenarch.clinical.lab.Albumin;
import org.regenarch.clinical.lab.Alt;
import org.regenarch.clinical.lab.Ast;
import org.regenarch.clinical.lab.AstUpperLimit;
import org.regenarch.clinical.lab.Bilirubin;
import org.regenarch.clinical.lab.Creatinine;
import org.regenarch.clinical.lab.Inr;
import org.regenarch.clinical.lab.Platelets;
import org.regenarch.clinical.lab.Sodium;
import org.regenarch.clinical.patient.Ascites;
import org.regenarch.clinical.patient.Encephalopathy;
import org.regenarch.clinical.patient.PatientVisit;
import org.regenarch.clinical.patient.Sex;

/** Every row of the shelf's reference_cases.csv (see reference_cases.PROVENANCE.md). */
class ReferenceCasesTest {
  private static final Pattern EXPECTED =
      Pattern.compile("(-?[0-9.]+)(?: \\((?:grade )?([A-C1-3])\\))?");

  static List<Map<String, String>> rows() throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (InputStream in = ReferenceCasesTest.class.getResourceAsStream("/reference_cases.csv");
        MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
      return it.readAll();
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (Map<String, String> r : rows()) {
      out.add(Arguments.of(r.get("score"), r.get("inputs"), r.get("expected"), r.get("note")));
    }
    return out.stream();
  }

  @Test
  void fileHasAllSeventeenRows() throws IOException {
    assertThat(rows()).hasSize(17);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("cases")
  void referenceCase(String score, String inputs, String expected, String note) {
    PatientVisit visit = visit(inputs);
    ScoreResult r = scoreFor(score).compute(visit);
    Matcher m = EXPECTED.matcher(expected.trim());
    assertThat(m.matches()).as("expected column format: " + expected).isTrue();
    double want = Double.parseDouble(m.group(1));
    if (r.value() instanceof Integer i) {
      assertThat(i).as(note).isEqualTo((int) want);
    } else {
      assertThat(r.value().doubleValue()).as(note).isCloseTo(want, within(1e-4));
    }
    if (m.group(2) != null) {
      assertThat(String.valueOf(r.classification())).as(note).isEqualTo(m.group(2));
    }
  }

  private static Score scoreFor(String name) {
    return switch (name) {
      case "MELD_UNOS" -> Score.MELD;
      case "MELDNa_OPTN2016" -> Score.MELD_NA;
      case "MELD3" -> Score.MELD3;
      case "ChildPugh", "ChildPugh_PBC_PSC" -> Score.CHILD_PUGH;
      case "ALBI" -> Score.ALBI;
      case "FIB4" -> Score.FIB4;
      case "APRI" -> Score.APRI;
      default -> throw new IllegalArgumentException("unknown score in reference file: " + name);
    };
  }

  /** Parses "key=value;key=value" with the shelf's key names. */
  static PatientVisit visit(String inputs) {
    Map<String, String> kv = new HashMap<>();
    for (String part : inputs.split(";")) {
      String[] p = part.split("=", 2);
      kv.put(p[0].trim(), p[1].trim());
    }
    PatientVisit.Builder b = PatientVisit.builder();
    for (Map.Entry<String, String> e : kv.entrySet()) {
      String v = e.getValue();
      switch (e.getKey()) {
        case "cr_mg_dl" -> b.creatinine(Creatinine.mgPerDl(Double.parseDouble(v)));
        case "cr_umol_l" -> b.creatinine(Creatinine.umolPerL(Double.parseDouble(v)));
        case "bili_mg_dl" -> b.bilirubin(Bilirubin.mgPerDl(Double.parseDouble(v)));
        case "bili_umol_l" -> b.bilirubin(Bilirubin.umolPerL(Double.parseDouble(v)));
        case "alb_g_dl" -> b.albumin(Albumin.gPerDl(Double.parseDouble(v)));
        case "alb_g_l" -> b.albumin(Albumin.gPerL(Double.parseDouble(v)));
        case "inr" -> b.inr(new Inr(Double.parseDouble(v)));
        case "na_mmol_l" -> b.sodium(new Sodium(Double.parseDouble(v)));
        case "dialysis" -> b.dialysis(v.equals("1"));
        case "cholestatic" -> b.cholestatic(v.equals("1"));
        case "sex" -> b.sex(Sex.parse(v));
        case "ascites" -> b.ascites(Ascites.parse(v));
        case "encephalopathy" -> b.encephalopathy(Encephalopathy.parse(v));
        case "age_y" -> b.age(new AgeYears(Double.parseDouble(v)));
        case "ast_u_l" -> b.ast(new Ast(Double.parseDouble(v)));
        case "ast_uln_u_l" -> b.astUpperLimit(new AstUpperLimit(Double.parseDouble(v)));
        case "alt_u_l" -> b.alt(new Alt(Double.parseDouble(v)));
        case "plt_10e9_l" -> b.platelets(new Platelets(Double.parseDouble(v)));
        default -> throw new IllegalArgumentException("unknown input key " + e.getKey());
      }
    }
    return b.build();
  }
}

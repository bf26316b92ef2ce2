package org.regenarch.evidence.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case written by {@code meta/reference/make_reference.R} (R metafor 3.8-1): the same CSV
 * and options through the engine must give the same JSON numbers. {@code cases/} holds metafor
 * run with its default settings, checked against the default (metafor-compatible) mode;
 * {@code cases_exact/} holds metafor run with tight convergence, checked against exact mode.
 */
class MetaforReferenceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** make_reference.R writes 96 cases per set; fewer means cases went missing. */
  private static final int MIN_CASES_PER_SET = 90;

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    List<Arguments> out = new ArrayList<>();
    out.addAll(set("cases", Convergence.METAFOR_DEFAULT));
    out.addAll(set("cases_exact", Convergence.EXACT));
    return out.stream();
  }

  private static List<Arguments> set(String folder, Convergence conv) throws IOException, URISyntaxException {
    Path dir = Path.of(MetaforReferenceTest.class.getResource("/meta/reference/" + folder).toURI());
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.toString().endsWith(".json")).sorted()
          .forEach(p -> out.add(Arguments.of(folder + "/" + p.getFileName(), p, conv)));
    }
    assertThat(out).as(folder).hasSizeGreaterThanOrEqualTo(MIN_CASES_PER_SET);
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesMetafor(String name, Path json, Convergence conv) throws IOException {
    JsonNode fixture = MAPPER.readTree(json.toFile());
    assertThat(fixture.path("convergence").asText()).as(name + " convergence")
        .isEqualTo(conv.exact() ? "tight" : "default");
    JsonNode args = fixture.get("args");
    List<String> mods = new ArrayList<>();
    if (args.has("moderators")) {
      JsonNode m = args.get("moderators"); // jsonlite unboxes a single moderator to a string
      if (m.isArray()) {
        m.forEach(x -> mods.add(x.asText()));
      } else {
        mods.add(m.asText());
      }
    }
    MetaRequest req = new MetaRequest(
        Measure.valueOf(args.get("measure").asText()),
        PoolingMethod.valueOf(args.get("method").asText()),
        TestType.parse(args.get("test").asText()),
        args.has("subgroup") ? args.get("subgroup").asText() : null,
        mods,
        args.path("leave_one_out").asBoolean(false),
        args.path("cumulative").asBoolean(false),
        args.path("egger").asBoolean(false),
        args.path("trimfill").asBoolean(false),
        conv);
    Path csv = json.resolveSibling(json.getFileName().toString().replace(".json", ".csv"));
    MetaReport report = MetaAnalysis.run(MetaCsv.read(csv), req);
    JsonNode actual = MetaReportJson.toJson(report);
    List<String> problems = new ArrayList<>();
    compare("", fixture.get("expected"), actual, Tolerances.relative(conv), problems);
    assertThat(problems).as(name).isEmpty();
  }

  private static void compare(String path, JsonNode expected, JsonNode actual, double relative, List<String> problems) {
    if (expected.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode a = actual == null ? null : actual.get(e.getKey());
        if (a == null) {
          problems.add(path + "/" + e.getKey() + ": missing");
          continue;
        }
        compare(path + "/" + e.getKey(), e.getValue(), a, relative, problems);
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        problems.add(path + ": expected array of " + expected.size() + ", got " + actual);
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(path + "[" + i + "]", expected.get(i), actual.get(i), relative, problems);
      }
    } else if (expected.isNull()) {
      if (!actual.isNull()) {
        problems.add(path + ": expected null, got " + actual);
      }
    } else if (expected.isNumber()) {
      String key = path.substring(path.lastIndexOf('/') + 1);
      if (!actual.isNumber() || !Tolerances.close(key, actual.asDouble(), expected.asDouble(), relative)) {
        problems.add(path + ": expected " + expected.asDouble() + ", got " + actual);
      }
    } else if (!expected.asText().equals(actual.asText())) {
      problems.add(path + ": expected '" + expected.asText() + "', got '" + actual.asText() + "'");
    }
  }
}

package org.regenarch.evidence.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenarch.evidence.base.Enums.StudyKind;

/**
 * Writes a {@link Study} in the file schema read by {@link StudyReader} (snake_case keys), as an
 * ordered map for JSON output or as a YAML file (atomically: temp file, then move).
 */
public final class StudyWriter {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  private StudyWriter() {}

  public static Map<String, Object> toMap(Study s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", s.kind() == StudyKind.PRECLINICAL ? StudyReader.PRECLINICAL_SCHEMA : StudyReader.CLINICAL_SCHEMA);
    m.put("id", s.id());
    m.put("kind", s.kind());
    m.put("registry_ids", s.registryIds());
    m.put("citation", s.citation());
    m.put("doi", s.doi());
    m.put("pmid", s.pmid());
    if (s.kind() == StudyKind.PRECLINICAL) {
      m.put("species", s.preclinical().species());
      m.put("injury_model", s.preclinical().injuryModel());
      m.put("injury_as_printed", s.preclinical().injuryAsPrinted());
    } else {
      m.put("design", s.design());
      m.put("design_as_printed", s.designAsPrinted());
      m.put("condition", s.condition());
      m.put("population", s.population());
      m.put("etiology", s.etiology());
      m.put("country", s.country());
      m.put("phase", s.phase());
      m.put("status", s.status());
      m.put("enrollment_as_printed", s.enrollmentAsPrinted());
      m.put("intervention_as_printed", s.interventionAsPrinted());
      m.put("product_type", s.registeredProductType());
    }
    m.put("flags", s.flags());
    m.put("overlaps", s.overlaps());
    m.put("source", source(s.source()));
    m.put("arms", s.arms().stream().map(StudyWriter::arm).toList());
    m.put("outcomes", s.outcomes().stream().map(StudyWriter::outcome).toList());
    return m;
  }

  private static Map<String, Object> source(SourceRef r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", r.url());
    m.put("location", r.location());
    if (r.curatedFrom() != null) {
      m.put("curated_from", r.curatedFrom());
    }
    return m;
  }

  private static Map<String, Object> arm(Arm a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("label", a.label());
    m.put("role", a.role());
    m.put("n", a.n());
    m.put("n_as_printed", a.nAsPrinted());
    if (a.product() != null) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("source", a.product().source());
      p.put("donor", a.product().donor());
      p.put("type", a.product().type());
      p.put("as_printed", a.product().asPrinted());
      m.put("product", p);
    } else {
      m.put("product", null);
    }
    m.put("route", a.route());
    m.put("route_as_printed", a.routeAsPrinted());
    if (a.dose() != null) {
      Dose d = a.dose();
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("cells_per_kg_min", d.cellsPerKgMin());
      dm.put("cells_per_kg_max", d.cellsPerKgMax());
      dm.put("total_cells_min", d.totalCellsMin());
      dm.put("total_cells_max", d.totalCellsMax());
      dm.put("administrations", d.administrations());
      dm.put("per", d.basis());
      dm.put("as_printed", d.asPrinted());
      dm.values().removeIf(v -> v == null);
      m.put("dose", dm);
    } else {
      m.put("dose", null);
    }
    m.put("comparator_as_printed", a.comparatorAsPrinted());
    if (a.subgroupOf() != null) {
      m.put("subgroup_of", a.subgroupOf());
    }
    m.put("source", source(a.source()));
    return m;
  }

  private static Map<String, Object> outcome(Outcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("arm", o.armId());
    m.put("endpoint", o.endpoint());
    m.put("endpoint_as_printed", o.endpointAsPrinted());
    m.put("unit", o.unit());
    m.put("timepoint", o.timepoint());
    m.put("timepoint_as_printed", o.timepointAsPrinted());
    m.put("statistic", o.statistic());
    Map<String, Object> v = new LinkedHashMap<>();
    for (String k : o.statistic().requiredKeys()) {
      v.put(k, o.values().get(k));
    }
    o.values().forEach(v::putIfAbsent);
    m.put("values", v);
    m.put("n", o.n());
    m.put("note", o.note());
    m.put("source", source(o.source()));
    return m;
  }

  public static String toYaml(Study s) {
    try {
      return YAML.writeValueAsString(toMap(s));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes each study to DIR/ID.yaml (ids with '/' get '-'), atomically per file. */
  public static List<Path> writeAll(List<Study> studies, Path dir) {
    try {
      Files.createDirectories(dir);
      return studies.stream().map(s -> {
        Path target = dir.resolve(s.id().replace('/', '-') + ".yaml");
        try {
          Path tmp = Files.createTempFile(dir, ".tmp-", ".yaml");
          Files.writeString(tmp, "# Imported from " + s.source().url() + "\n" + toYaml(s), StandardCharsets.UTF_8);
          return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
  }
}

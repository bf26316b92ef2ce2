package org.regenarch.evidence.base;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads evidence files (one YAML or JSON file per study) and validates them. The bundled base is
 * listed in {@code evidence/index.txt} on the classpath (a jar has no directory listing); a folder
 * on disk is loaded from its index.txt if present, else from every *.yaml / *.yml / *.json below it.
 * Any schema problem in any file makes loading fail with an {@link EvidenceValidationException}.
 */
public final class EvidenceLoader {
  static final String BUNDLED_ROOT = "evidence/";
  static final String INDEX = "index.txt";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvidenceLoader() {}

  /** The curated evidence base shipped with the module. */
  public static EvidenceBase loadBundled() {
    List<ValidationProblem> problems = new ArrayList<>();
    List<Study> studies = new ArrayList<>();
    for (String rel : indexEntries(readResource(BUNDLED_ROOT + INDEX, INDEX))) {
      String name = BUNDLED_ROOT + rel;
      parse(readResource(name, name), name, problems, studies);
    }
    return finish(studies, problems);
  }

  /** Loads a folder of evidence files, or a single file. */
  public static EvidenceBase load(Path path) {
    List<ValidationProblem> problems = new ArrayList<>();
    List<Study> studies = new ArrayList<>();
    for (Path f : files(path)) {
      try {
        parse(Files.readString(f, StandardCharsets.UTF_8), f.toString(), problems, studies);
      } catch (IOException e) {
        problems.add(new ValidationProblem(f.toString(), "(file)", "cannot read: " + e.getMessage()));
      }
    }
    return finish(studies, problems);
  }

  /** Parses and validates one file's text; exposed for tests and the import merge. */
  public static Study parseOne(String text, String fileName) {
    List<ValidationProblem> problems = new ArrayList<>();
    List<Study> out = new ArrayList<>();
    parse(text, fileName, problems, out);
    if (!problems.isEmpty()) {
      throw new EvidenceValidationException(problems);
    }
    return out.get(0);
  }

  private static void parse(String text, String file, List<ValidationProblem> problems, List<Study> out) {
    JsonNode tree;
    try {
      tree = (file.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML).readTree(text);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where = loc == null ? "(file)" : "(line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
      problems.add(new ValidationProblem(file, where, "not valid YAML/JSON: " + e.getOriginalMessage()));
      return;
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      problems.add(new ValidationProblem(file, "(file)", "file is empty"));
      return;
    }
    int before = problems.size();
    Study s = StudyReader.read(tree, file, problems);
    if (s != null && problems.size() == before) {
      out.add(s);
    }
  }

  private static EvidenceBase finish(List<Study> studies, List<ValidationProblem> problems) {
    Map<String, Study> byId = new HashMap<>();
    Map<String, Study> byRegistry = new HashMap<>();
    for (Study s : studies) {
      Study prev = byId.putIfAbsent(s.id().toLowerCase(Locale.ROOT), s);
      if (prev != null) {
        problems.add(new ValidationProblem(s.file(), "id", "duplicate study id '" + s.id() + "' (also in " + prev.file() + ")"));
      }
      for (String r : s.registryIds()) {
        Study other = byRegistry.putIfAbsent(r.toLowerCase(Locale.ROOT), s);
        if (other != null && other != s) {
          problems.add(new ValidationProblem(s.file(), "registry_ids", "registry id " + r
              + " is already used by " + other.id() + " (" + other.file() + "): merge the two records"));
        }
      }
    }
    for (Study s : studies) {
      for (String o : s.overlaps()) {
        if (!byId.containsKey(o.toLowerCase(Locale.ROOT))) {
          problems.add(new ValidationProblem(s.file(), "overlaps", "no study with id '" + o + "'"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new EvidenceValidationException(problems);
    }
    return new EvidenceBase(studies);
  }

  private static List<Path> files(Path path) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new IllegalArgumentException("no such evidence file or folder: " + path);
    }
    Path index = path.resolve(INDEX);
    try {
      if (Files.isRegularFile(index)) {
        return indexEntries(Files.readString(index, StandardCharsets.UTF_8)).stream().map(path::resolve).toList();
      }
      try (Stream<Path> s = Files.walk(path)) {
        return s.filter(Files::isRegularFile)
            .filter(p -> p.toString().matches("(?i).*\\.(ya?ml|json)$"))
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> indexEntries(String index) {
    return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static String readResource(String name, String label) {
    try (InputStream in = EvidenceLoader.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new EvidenceValidationException(List.of(new ValidationProblem(label, "(file)",
            "listed in " + BUNDLED_ROOT + INDEX + " but missing from the classpath")));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.regenarch.evidence.ctgov;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads ClinicalTrials.gov API v2 JSON from disk (never the network): a single {@code Study}
 * object, a {@code PagedStudies} page ({@code {"studies": [...], "nextPageToken": ...}}), or a folder
 * of such files (read in name order, as saved by a pager that numbers its pages).
 * Format: shared/science/clinical/ctgov/FORMAT.md sections 1-2.
 */
public final class CtgovReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CtgovReader() {}

  public static CtgovBatch read(Path path) {
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.list(path)) {
        files = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
            .sorted().toList();
      } catch (IOException e) {
        throw new CtgovInputException("cannot list " + path + ": " + e.getMessage(), e);
      }
      if (files.isEmpty()) {
        throw new CtgovInputException(path + ": folder contains no .json files");
      }
    } else if (Files.isRegularFile(path)) {
      files = List.of(path);
    } else {
      throw new CtgovInputException("no such file or folder: " + path);
    }
    List<CtgovBatch.Entry> studies = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int pages = 0;
    int pagesWithToken = 0;
    String lastToken = null;
    for (Path f : files) {
      JsonNode root = parse(f);
      String name = f.getFileName().toString();
      if (root.has("studies")) {
        JsonNode arr = root.get("studies");
        if (!arr.isArray()) {
          throw new CtgovInputException(name + ": 'studies' must be a list of Study objects");
        }
        pages++;
        for (int i = 0; i < arr.size(); i++) {
          requireStudy(arr.get(i), name + " studies[" + i + "]");
          studies.add(new CtgovBatch.Entry(arr.get(i), name + " studies[" + i + "]"));
        }
        JsonNode token = root.get("nextPageToken");
        if (token != null && !token.isNull()) {
          pagesWithToken++;
          lastToken = name + " (nextPageToken '" + token.asText() + "')";
        }
      } else if (root.has("protocolSection")) {
        studies.add(new CtgovBatch.Entry(root, name));
      } else {
        throw new CtgovInputException(name + ": expected a Study object (with 'protocolSection') or a page"
            + " of studies (with 'studies'), found fields " + fieldNames(root));
      }
    }
    // Each page but the last carries a token; one token more than pages-1 means a page is missing.
    if (pages > 0 && pagesWithToken >= pages) {
      warnings.add("page " + lastToken + " points to a further page that is not in the input: the import may be"
          + " incomplete (fetch it with pageToken and save it next to the others)");
    }
    return new CtgovBatch(studies, files.size(), pages, warnings);
  }

  private static void requireStudy(JsonNode s, String origin) {
    if (!s.isObject() || !s.path("protocolSection").isObject()) {
      throw new CtgovInputException(origin + ": expected a Study object with 'protocolSection'");
    }
  }

  private static JsonNode parse(Path f) {
    try {
      JsonNode n = JSON.readTree(f.toFile());
      if (n == null || !n.isObject()) {
        throw new CtgovInputException(f.getFileName() + ": expected a JSON object");
      }
      return n;
    } catch (IOException e) {
      throw new CtgovInputException(f.getFileName() + ": not valid JSON: " + e.getMessage(), e);
    }
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}

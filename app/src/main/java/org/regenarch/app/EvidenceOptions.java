package org.regenarch.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regenarch.evidence.base.EvidenceBase;
import org.regenarch.evidence.base.EvidenceLoader;
import picocli.CommandLine.Option;

/** Options shared by the evidence subcommands: where the evidence lives and the output format. */
final class EvidenceOptions {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Option(names = "--evidence", paramLabel = "DIR",
      description = "Evidence folder (one YAML/JSON file per study) instead of the bundled curated base.")
  Path evidence;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  EvidenceBase load() {
    return evidence == null ? EvidenceLoader.loadBundled() : EvidenceLoader.load(evidence);
  }

  boolean json() {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "json" -> true;
      case "text" -> false;
      default -> throw new ExitCodes.InvalidInputException("--format: expected text or json, found '" + format + "'");
    };
  }

  /** Parses comma-separated enum names (case-insensitive) for option {@code name}; null when absent. */
  static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> values, String name) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    Set<E> out = EnumSet.noneOf(type);
    for (String v : values) {
      for (String part : v.split(",")) {
        String p = part.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
          out.add(Enum.valueOf(type, p));
        } catch (IllegalArgumentException e) {
          List<String> allowed = new ArrayList<>();
          Arrays.stream(type.getEnumConstants()).forEach(c -> allowed.add(c.name().toLowerCase(Locale.ROOT)));
          throw new ExitCodes.InvalidInputException(name + ": '" + part.trim() + "' is not one of " + allowed);
        }
      }
    }
    return out;
  }
}

package org.regenarch.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.regenarch.engine.io.AtomicFiles;
import org.regenarch.engine.sim.SimulationRequest;

/**
 * The provenance sidecar written beside every result ({@code OUT.csv.json}): what produced the
 * numbers (software version, model hash, settings, solver, tolerances, time), so a result can be
 * reproduced (the project's reproducibility rule).
 */
final class Provenance {
  static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Provenance() {}

  /** The sidecar's JSON content (field order fixed by the record). */
  record Sidecar(
      String software,
      String softwareVersion,
      String createdUtc,
      String java,
      String modelFile,
      String modelSha256,
      String settingsFile,
      String settingsSha256,
      double start,
      double duration,
      int steps,
      List<String> variables,
      List<String> amount,
      List<String> concentration,
      double absTol,
      double relTol,
      String solver,
      Map<String, Double> parameterOverrides,
      long seed,
      String outputFile,
      String outputSha256) {}

  static Path sidecarOf(Path csv) {
    return csv.resolveSibling(csv.getFileName() + ".json");
  }

  /**
   * Writes {@code OUT.csv.json} atomically.
   *
   * @param settingsFile null when the run was given on the command line
   */
  static void write(Path csv, Path model, String modelHash, Path settingsFile, SimulationRequest r) {
    Sidecar s = new Sidecar(
        "regenarch",
        Versions.softwareVersion(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
        System.getProperty("java.version"),
        model.toAbsolutePath().normalize().toString(),
        modelHash,
        settingsFile == null ? null : settingsFile.toAbsolutePath().normalize().toString(),
        settingsFile == null ? null : sha256(settingsFile),
        r.start(),
        r.duration(),
        r.steps(),
        r.variables(),
        List.copyOf(new TreeSet<>(r.amountIds())),
        List.copyOf(new TreeSet<>(r.concentrationIds())),
        r.absTol(),
        r.relTol(),
        r.solver().cliName(),
        new TreeMap<>(r.parameterOverrides()),
        r.seed(),
        csv.toAbsolutePath().normalize().toString(),
        sha256(csv));
    try {
      String json = JSON.writeValueAsString(s) + "\n";
      AtomicFiles.writeString(sidecarOf(csv), json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write provenance for " + csv + ": " + e.getMessage(), e);
    }
  }

  static String sha256(Path file) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}

package org.regenarch.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What produced a result, recorded beside it (reproducibility rule): software version, model hash,
 * every parameter value that differs from the model file, seed, patient, therapies, modes and fit.
 * The model is deterministic; {@code seed} is recorded as 0 so that stochastic extensions can keep
 * the same record.
 */
public record RunRecord(
    String software, String softwareVersion, String createdUtc, String modelId, String modelSha256,
    long seed, String patient, List<String> therapies, String modes, double days, double everyDays,
    boolean compareControl, Map<String, Double> parameters, FitReport fit) {

  public static RunRecord of(String softwareVersion, CirrhosisModel model, FittedPatient p,
      List<TherapySpec> therapies, Modes modes, double days, double every, boolean compareControl,
      Map<String, Double> overrides) {
    return new RunRecord("regenarch", softwareVersion, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
        CirrhosisModelBuilder.MODEL_ID, model.modelHash(), 0, p.patient().name(),
        therapies.stream().map(TherapySpec::text).toList(), modes.toString(), days, every, compareControl,
        new TreeMap<>(overrides), p.fit());
  }
}

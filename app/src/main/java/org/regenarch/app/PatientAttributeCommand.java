package org.regenarch.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.regenarch.model.Attribution;
import org.regenarch.model.Endpoint;
import org.regenarch.model.FittedPatient;
import org.regenarch.model.Modes;
import org.regenarch.model.PatientSimulator;
import org.regenarch.model.RunRecord;
import org.regenarch.model.ShapleyAttribution;
import org.regenarch.model.TherapySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "attribute",
    mixinStandardHelpOptions = true,
    description = {
      "Attribute a therapy's effect on an endpoint (therapy minus no-therapy control at --day) to the five modes "
          + "of action by exact Shapley values (2^5 = 32 runs, in parallel). Contributions sum to the total effect.",
      "Endpoints: meld, meld_na, meld3 (unrounded scores), albumin, bilirubin, inr, creatinine, hvpg, collagen, "
          + "functional_mass, survival, decompensation."})
final class PatientAttributeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PatientSource source;

  @Option(names = "--therapy", required = true, paramLabel = "SPEC", description = "Therapy (repeatable).")
  List<String> therapies;

  @Option(names = "--endpoint", defaultValue = "meld", description = "Endpoint (default ${DEFAULT-VALUE}).")
  String endpoint;

  @Option(names = "--day", defaultValue = "168", description = "Day of the endpoint (default ${DEFAULT-VALUE}).")
  double day;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    String fmt = format.trim().toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new ExitCodes.InvalidInputException("--format must be text or json, got '" + format + "'");
    }
    Endpoint e = Endpoint.parse(endpoint);
    List<TherapySpec> specs = therapies.stream().map(TherapySpec::parse).toList();
    FittedPatient p = source.fitted();
    PatientSimulator sim = new PatientSimulator(PatientRuntime.model());
    Attribution a = new ShapleyAttribution(sim).attribute(p, specs, e, day);
    RunRecord record = RunRecord.of(Versions.softwareVersion(), PatientRuntime.model(), p, specs, Modes.ALL_ON,
        day, day, true, sim.overrides(p, specs, Modes.ALL_ON));
    var out = spec.commandLine().getOut();
    if (fmt.equals("json")) {
      ObjectNode root = PatientTable.JSON.createObjectNode();
      root.put("endpoint", e.label());
      root.put("day", day);
      root.put("total_effect", a.totalEffect());
      ObjectNode contributions = root.putObject("contributions");
      a.contributions().forEach(contributions::put);
      root.put("therapy_value", a.therapyValue());
      root.put("control_value", a.controlValue());
      root.set("provenance", PatientTable.JSON.valueToTree(record));
      out.print(PatientTable.recordJson(root));
    } else {
      out.printf(Locale.ROOT, "Attribution of %s at day %s for %s (%s)%n", e.label(), PatientTable.number(day),
          String.join(" + ", therapies), p.patient().name());
      out.printf(Locale.ROOT, "therapy %.4f, control %.4f, total effect %+.4f%n", a.therapyValue(), a.controlValue(),
          a.totalEffect());
      for (Map.Entry<String, Double> c : a.contributions().entrySet()) {
        double share = a.totalEffect() == 0 ? 0 : 100 * c.getValue() / a.totalEffect();
        out.printf(Locale.ROOT, "  %-16s %+.4f  (%5.1f%%)%n", c.getKey(), c.getValue(), share);
      }
      out.printf(Locale.ROOT, "Model sha256 %s; regenarch %s; seed 0 (deterministic)%n",
          record.modelSha256().substring(0, 16), record.softwareVersion());
    }
    out.flush();
    return ExitCodes.OK;
  }
}

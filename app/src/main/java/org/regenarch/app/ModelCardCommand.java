package org.regenarch.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regenarch.engine.io.AtomicFiles;
import org.regenarch.model.ModelCard;
import org.regenarch.model.ModelChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "card",
    mixinStandardHelpOptions = true,
    description = "Write the model card (Markdown): purpose, scope, modules, states, processes, parameter "
        + "provenance counts, assumptions, limitations and the results of the behaviour checks, computed now.")
final class ModelCardCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE.md", description = "Output file (default: standard output).")
  Path out;

  @Override
  public Integer call() {
    var model = PatientRuntime.model();
    String md = ModelCard.markdown(model, new ModelChecks(model).run(), Versions.softwareVersion());
    if (out == null) {
      spec.commandLine().getOut().print(md);
      spec.commandLine().getOut().flush();
    } else {
      AtomicFiles.writeString(out, md);
      spec.commandLine().getOut().println("wrote " + out);
    }
    return ExitCodes.OK;
  }
}

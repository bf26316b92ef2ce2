package org.regenarch.app;

import picocli.CommandLine.Command;

/** {@code regenarch model ...}: the cirrhosis-MSC model as SBML and its model card. */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description = "Export the cirrhosis-MSC model as SBML Level 3 Version 2, or write its model card.",
    subcommands = {ModelExportCommand.class, ModelCardCommand.class, ModelBenchCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 failure, 2 invalid input."})
final class ModelCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: export or card");
  }
}

package org.regenarch.app;

import picocli.CommandLine.Command;

/** {@code regenarch patient ...}: one patient with the cirrhosis-MSC model. */
@Command(
    name = "patient",
    mixinStandardHelpOptions = true,
    description = "Simulate one patient with cirrhosis, with or without MSC/EV therapy, and attribute its effect to modes of action.",
    subcommands = {PatientSimulateCommand.class, PatientAttributeCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 failure, 2 invalid input."})
final class PatientCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: simulate or attribute");
  }
}

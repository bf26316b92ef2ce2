package org.regenarch.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code regenarch} command line. One class per verb; each verb documents its
 * own options ({@code --help} everywhere).
 *
 * <p>Exit codes: 0 success, 1 failure (including a failed job in a batch), 2 invalid input.
 */
@Command(
    name = "regenarch",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = "Regenarch: MSC therapy of liver cirrhosis, from signaling pathways to clinical trials.",
    subcommands = {
      SimulateCommand.class,
      SuiteCommand.class,
      BenchCommand.class,
      ScoreCommand.class,
      MetaCommand.class,
      EvidenceCommand.class,
      PatientCommand.class,
      ModelCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 ok, 1 failure, 2 invalid input."})
public final class RegenarchCli {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code (used by tests, which must not call System.exit). */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new RegenarchCli());
    cl.setCaseInsensitiveEnumValuesAllowed(true); // --method reml == REML
    cl.setExecutionExceptionHandler(new ExitCodes.ExceptionHandler());
    cl.setParameterExceptionHandler(new ExitCodes.ParameterHandler());
    return cl;
  }
}

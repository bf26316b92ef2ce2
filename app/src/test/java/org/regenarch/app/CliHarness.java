package org.regenarch.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Function;
import org.regenarch.engine.CompiledModel;
import picocli.CommandLine;

/** Runs the CLI in-process, capturing output, optionally with a fake model loader. */
final class CliHarness {
  record Result(int exit, String out, String err) {}

  private CliHarness() {}

  static Result run(Function<Path, CompiledModel> loader, String... args) {
    CommandLine cl = RegenarchCli.newCommandLine();
    if (loader != null) {
      ((SimulateCommand) cl.getSubcommands().get("simulate").getCommand()).loader = loader;
      ((SuiteCommand) cl.getSubcommands().get("suite").getCommand()).loader = loader;
      ((BenchCommand) cl.getSubcommands().get("bench").getCommand()).loader = loader;
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}

package org.regenarch.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Simulate an SBML model (time course).")
final class SimulateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("'simulate' is not implemented yet");
  }
}

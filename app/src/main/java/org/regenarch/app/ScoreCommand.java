package org.regenarch.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "score", mixinStandardHelpOptions = true, description = "Compute hepatology scores (MELD, MELD-Na, MELD 3.0, Child-Pugh, ALBI, APRI, FIB-4).")
final class ScoreCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("'score' is not implemented yet");
  }
}

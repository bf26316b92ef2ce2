package org.regenarch.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "meta", mixinStandardHelpOptions = true, description = "Meta-analysis of study-level data (metafor-compatible).")
final class MetaCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("'meta' is not implemented yet");
  }
}

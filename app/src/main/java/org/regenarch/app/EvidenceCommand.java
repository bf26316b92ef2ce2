package org.regenarch.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "evidence", mixinStandardHelpOptions = true, description = "The curated evidence base of MSC trials in cirrhosis.")
final class EvidenceCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("'evidence' is not implemented yet");
  }
}

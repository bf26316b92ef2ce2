package org.regenarch.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code regenarch evidence list|show|import-ctgov|meta}: the curated evidence base of MSC trials in
 * cirrhosis (docs/evidence-base.md).
 */
@Command(
    name = "evidence",
    mixinStandardHelpOptions = true,
    description = "The curated evidence base of MSC trials in cirrhosis.",
    subcommands = {
      EvidenceListCommand.class,
      EvidenceShowCommand.class,
      EvidenceImportCommand.class,
      EvidenceMetaCommand.class
    })
final class EvidenceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.INVALID_INPUT;
  }
}

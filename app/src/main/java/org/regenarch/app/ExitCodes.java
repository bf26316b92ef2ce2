package org.regenarch.app;

import java.util.List;
import picocli.CommandLine;

/** The documented exit codes, and the mapping of exceptions to them. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int INVALID_INPUT = 2;

  private ExitCodes() {}

  /** Thrown by commands for input the user must fix; exits with {@link #INVALID_INPUT}. */
  public static final class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
      super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static final class ExceptionHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
      var err = cl.getErr();
      if (isInvalidInput(ex)) {
        err.println("error: " + ex.getMessage());
        return INVALID_INPUT;
      }
      err.println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      if (System.getenv("REGENARCH_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      return FAILURE;
    }
  }

  /** Exception types that mean the user's input was at fault (each module's own). */
  private static final List<Class<? extends Throwable>> INVALID_INPUT_TYPES = List.of(
      InvalidInputException.class,
      IllegalArgumentException.class, // includes PatientInputException, SettingsFormatException
      org.regenarch.engine.UnsupportedFeatureException.class,
      org.regenarch.engine.ModelFormatException.class,
      org.regenarch.clinical.ClinicalValidationException.class,
      org.regenarch.evidence.base.EvidenceValidationException.class,
      org.regenarch.evidence.ctgov.CtgovInputException.class,
      org.regenarch.evidence.meta.MetaInputException.class);

  static boolean isInvalidInput(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      for (Class<? extends Throwable> type : INVALID_INPUT_TYPES) {
        if (type.isInstance(t)) {
          return true;
        }
      }
    }
    return false;
  }

  static final class ParameterHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      CommandLine cl = ex.getCommandLine();
      cl.getErr().println("error: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, cl.getErr());
      cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
      return INVALID_INPUT;
    }
  }
}

package org.regenarch.engine.fba;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.regenarch.engine.ModelFormatException;

/** Flux balance analysis of an SBML Level 3 fbc model: read the LP, solve it. */
public final class FluxBalance {
  private FluxBalance() {}

  /** Reads and solves an fbc model file. An infeasible or unbounded LP gives a non-optimal result, not an exception. */
  public static FluxBalanceResult solve(Path sbmlFile) {
    String xml;
    try {
      xml = Files.readString(sbmlFile);
    } catch (IOException e) {
      throw new ModelFormatException("cannot read " + sbmlFile + ": " + e.getMessage(), e);
    }
    return solve(xml, sbmlFile.toString());
  }

  /** Reads and solves fbc model text; {@code source} names it in error messages. */
  public static FluxBalanceResult solve(String sbml, String source) {
    return FluxBalanceSolver.solve(FbcReader.read(sbml, source));
  }

  /** True when the SBML text declares the fbc package (any version), judged from the document's head. */
  public static boolean usesFbc(String sbml) {
    int modelStart = sbml.indexOf("<model");
    String head = modelStart > 0 ? sbml.substring(0, modelStart) : sbml;
    return head.contains("/fbc/version");
  }
}

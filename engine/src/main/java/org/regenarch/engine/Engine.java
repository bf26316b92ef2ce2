package org.regenarch.engine;

import java.nio.file.Path;

/** Entry point: read an SBML file and compile it. */
public final class Engine {
  private Engine() {}

  /** Reads and compiles an SBML file (Level 2 V1 to Level 3 V2). */
  public static CompiledModel load(Path sbmlFile) {
    throw new UnsupportedOperationException("engine under construction");
  }
}

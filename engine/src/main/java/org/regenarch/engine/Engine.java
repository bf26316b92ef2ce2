package org.regenarch.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.regenarch.engine.compile.ModelCompiler;
import org.regenarch.engine.model.ModelDefinition;
import org.regenarch.engine.sbml.SbmlReader;
import org.regenarch.engine.sim.SbmlCompiledModel;

/** Entry point: read an SBML file and compile it. */
public final class Engine {
  private Engine() {}

  /** Reads and compiles an SBML file (Level 2 V1 to Level 3 V2). */
  public static CompiledModel load(Path sbmlFile) {
    String xml;
    try {
      xml = Files.readString(sbmlFile);
    } catch (IOException e) {
      throw new ModelFormatException("cannot read " + sbmlFile + ": " + e.getMessage(), e);
    }
    return fromString(xml, sbmlFile.toString());
  }

  /** Reads and compiles SBML text; {@code source} names it in error messages. */
  public static CompiledModel fromString(String sbml, String source) {
    ModelDefinition def = SbmlReader.read(sbml, source);
    return compile(def, sha256(sbml));
  }

  /** Compiles a model built by another front end. */
  public static CompiledModel compile(ModelDefinition model, String modelHash) {
    return new SbmlCompiledModel(ModelCompiler.compile(model), modelHash);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

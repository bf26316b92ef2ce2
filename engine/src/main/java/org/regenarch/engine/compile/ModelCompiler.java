package org.regenarch.engine.compile;

import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.regenarch.engine.model.ModelDefinition;

/** Compiles a {@link ModelDefinition} to a {@link GeneratedModel} in memory with Janino. */
public final class ModelCompiler {
  private ModelCompiler() {}

  /** The analysed model and its generated code. */
  public record Compiled(ModelStructure structure, GeneratedModel code, String source) {}

  public static Compiled compile(ModelDefinition model) {
    ModelStructure ms = new ModelStructure(AlgebraicRules.toAssignmentRules(model));
    String source = new JavaSourceGenerator(ms).generate();
    try {
      SimpleCompiler compiler = new SimpleCompiler();
      compiler.setParentClassLoader(GeneratedModel.class.getClassLoader());
      compiler.cook(source);
      Class<?> cls = compiler.getClassLoader()
          .loadClass(JavaSourceGenerator.PACKAGE + "." + JavaSourceGenerator.CLASS);
      GeneratedModel code = (GeneratedModel) cls.getDeclaredConstructor().newInstance();
      return new Compiled(ms, code, source);
    } catch (CompileException e) {
      throw new IllegalStateException("internal error: generated code does not compile: " + e.getMessage(), e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("internal error: cannot load generated code", e);
    }
  }
}

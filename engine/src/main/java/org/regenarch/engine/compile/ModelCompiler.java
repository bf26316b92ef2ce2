package org.regenarch.engine.compile;

import java.lang.reflect.Constructor;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.regenarch.engine.model.ModelDefinition;

/** Compiles a {@link ModelDefinition} to a {@link GeneratedModel} in memory with Janino. */
public final class ModelCompiler {
  private ModelCompiler() {}

  /**
   * The analysed model and its generated code. Models without delay() share one stateless
   * instance; models with delays get one instance per simulation, bound to its history.
   */
  public record Compiled(ModelStructure structure, Constructor<? extends GeneratedModel> constructor,
      GeneratedModel shared, boolean hasDelays, String source) {

    /** The code for a new simulation; {@code history} may be null when the model has no delays. */
    public GeneratedModel instantiate(DelayHistory history) {
      if (!hasDelays) {
        return shared;
      }
      try {
        GeneratedModel m = constructor.newInstance(history);
        history.bind(m, structure.symbols().size());
        return m;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("internal error: cannot instantiate generated code", e);
      }
    }

    public GeneratedModel code() {
      return shared;
    }
  }

  public static Compiled compile(ModelDefinition model) {
    ModelStructure ms = new ModelStructure(AlgebraicRules.toAssignmentRules(model));
    JavaSourceGenerator generator = new JavaSourceGenerator(ms);
    String source = generator.generate();
    try {
      SimpleCompiler compiler = new SimpleCompiler();
      compiler.setParentClassLoader(GeneratedModel.class.getClassLoader());
      compiler.cook(source);
      Class<? extends GeneratedModel> cls = compiler.getClassLoader()
          .loadClass(JavaSourceGenerator.PACKAGE + "." + JavaSourceGenerator.CLASS)
          .asSubclass(GeneratedModel.class);
      Constructor<? extends GeneratedModel> ctor = cls.getConstructor(DelayHistory.class);
      return new Compiled(ms, ctor, ctor.newInstance((DelayHistory) null), generator.hasDelays(), source);
    } catch (CompileException e) {
      throw new IllegalStateException("internal error: generated code does not compile: " + e.getMessage(), e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("internal error: cannot load generated code", e);
    }
  }
}

package org.regenarch.engine.compile;

/**
 * The contract of the Java class generated for each model. Implementations are stateless (all
 * state is passed in arrays), hence thread-safe. Arrays: {@code y} ODE state, {@code p} constant
 * values by symbol index, {@code v} workspace holding computed symbol values by symbol index.
 */
public interface GeneratedModel {

  /** Initial values of every symbol into {@code v}; {@code a} attribute values, {@code ov} overridden. */
  void init(double t, double[] a, boolean[] ov, double[] v);

  /** Computes assigned symbols (assignment rules, reaction rates, species concentrations) into v. */
  void symbols(double t, double[] y, double[] p, double[] v);

  /** Right-hand side; computes the symbols it reads first (only those: v holds nothing else after it). */
  void rhs(double t, double[] y, double[] p, double[] v, double[] dydt);

  /** Trigger values of all events; requires {@link #symbols} for the same state. */
  void triggers(double t, double[] y, double[] p, double[] v, boolean[] out);

  /** Values of event {@code e}'s assignments, in order; requires {@link #symbols}. */
  void eventValues(int e, double t, double[] y, double[] p, double[] v, double[] out);

  /** Delay of event {@code e} (0 if none); requires {@link #symbols}. */
  double delay(int e, double t, double[] y, double[] p, double[] v);

  /** Value of the expression inside delay number {@code k} at the state given (csymbol delay). */
  double delayedValue(int k, double t, double[] y, double[] p, double[] v);

  /** Size of the workspace {@link #jacobian} needs; 0 when there is no analytic Jacobian. */
  int jacobianWorkspaceSize();

  /**
   * Analytic Jacobian d(dydt)/dy into {@code J} (entries not written are zero: the caller clears
   * it); computes the symbols the right-hand side reads first. Returns false when the model has no
   * analytic Jacobian.
   */
  boolean jacobian(double t, double[] y, double[] p, double[] v, double[] w, double[][] J);

  /** Priority of event {@code e} (NaN if none); requires {@link #symbols}. */
  double priority(int e, double t, double[] y, double[] p, double[] v);
}

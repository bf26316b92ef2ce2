package org.regenarch.engine.solve;

/**
 * Coefficients of RODAS4, the 6-stage, order 4(3), L-stable, stiffly accurate Rosenbrock method of
 * Hairer &amp; Wanner, in the formulation of their code rodas.f (subroutine ROCOE, METH = 1): stage
 * increments k_i solve (I/(h*gamma) - J) k_i = f(t + c_i h, y + sum_j a_ij k_j) + h d_i f_t + sum_j
 * (C_ij / h) k_j.
 *
 * <p>Sources: E. Hairer, G. Wanner, Solving Ordinary Differential Equations II, 2nd ed., Springer 1996,
 * Sections IV.7 and VI.4, and the Fortran code rodas.f (http://www.unige.ch/~hairer/software.html);
 * the same digits are in SciML OrdinaryDiffEq.jl, src/tableaus/rosenbrock_tableaus.jl,
 * {@code Rodas4Tableau} (checked against it when transcribing). Dense output coefficients are rodas.f's
 * D21..D35 (OrdinaryDiffEq's h21..h35).
 */
final class Rodas4Tableau {

  private Rodas4Tableau() {}

  /** Diagonal coefficient gamma. */
  static final double GAMMA = 0.25;

  /** Stage times (c5 = c6 = 1: the last two stages are evaluated at t + h). */
  static final double C2 = 0.386;
  static final double C3 = 0.21;
  static final double C4 = 0.63;

  /** Time-derivative weights d_i (d5 = d6 = 0). */
  static final double D1 = 0.25;
  static final double D2 = -0.1043;
  static final double D3 = 0.1035;
  static final double D4 = -0.3620000000000023e-01;

  /** Stage arguments a_ij. */
  static final double A21 = 1.544;
  static final double A31 = 0.9466785280815826;
  static final double A32 = 0.2557011698983284;
  static final double A41 = 3.314825187068521;
  static final double A42 = 2.896124015972201;
  static final double A43 = 0.9986419139977817;
  static final double A51 = 1.221224509226641;
  static final double A52 = 6.019134481288629;
  static final double A53 = 12.53708332932087;
  static final double A54 = -0.6878860361058950;

  /** Coupling coefficients C_ij (already divided by gamma, as in rodas.f). */
  static final double C21 = -5.6688;
  static final double C31 = -2.430093356833875;
  static final double C32 = -0.2063599157091915;
  static final double C41 = -0.1073529058151375;
  static final double C42 = -9.594562251023355;
  static final double C43 = -20.47028614809616;
  static final double C51 = 7.496443313967647;
  static final double C52 = -10.24680431464352;
  static final double C53 = -33.99990352819905;
  static final double C54 = 11.70890893206160;
  static final double C61 = 8.083246795921522;
  static final double C62 = -7.981132988064893;
  static final double C63 = -31.52159432874371;
  static final double C64 = 16.31930543123136;
  static final double C65 = -6.058818238834054;

  /** Dense output: y(t0 + s h) = (1-s) y0 + s (y1 + (1-s) (q2 + s q3)), q2 = sum D2j k_j, q3 = sum D3j k_j. */
  static final double D21 = 10.12623508344586;
  static final double D22 = -7.487995877610167;
  static final double D23 = -34.80091861555747;
  static final double D24 = -7.992771707568823;
  static final double D25 = 1.025137723295662;
  static final double D31 = -0.6762803392801253;
  static final double D32 = 6.087714651680015;
  static final double D33 = 16.43084320892478;
  static final double D34 = 24.76722511418386;
  static final double D35 = -6.594389125716872;
}

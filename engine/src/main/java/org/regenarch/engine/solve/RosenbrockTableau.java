package org.regenarch.engine.solve;

/**
 * Coefficients of a stiffly accurate Rosenbrock (ROW) method with embedded error estimate and dense
 * output, in the formulation of Hairer &amp; Wanner's rodas.f: with E = I/(h gamma) - J, the stage
 * increments solve
 *
 * <pre>
 *   E k_i = f(t + c_i h, y0 + sum_j a_ij k_j) + h d_i f_t + sum_j (C_ij / h) k_j ,
 * </pre>
 *
 * the solution is y1 = y0 + sum_j b_j k_j where b is the last row of a plus the last increment, the
 * last increment k_s is the difference to the embedded solution (the error estimate), and the dense
 * output is y(t0 + s h) = (1-s) y0 + s (y1 + (1-s) (q_1 + s (q_2 + s q_3 ...))), q_r = sum_j H_rj k_j.
 *
 * @param name method name
 * @param order order of the propagated solution (the error estimate is O(h^order))
 * @param gamma diagonal coefficient
 * @param c stage times (length s)
 * @param d time-derivative weights (length s)
 * @param a stage arguments, lower triangular rows a[i][0..i-1]
 * @param coupling C_ij, lower triangular rows coupling[i][0..i-1]
 * @param b solution weights (length s)
 * @param dense dense output rows H_r (each length s)
 */
public record RosenbrockTableau(
    String name,
    int order,
    double gamma,
    double[] c,
    double[] d,
    double[][] a,
    double[][] coupling,
    double[] b,
    double[][] dense) {

  /** Number of stages. */
  public int stages() {
    return c.length;
  }

  /**
   * RODAS4 (Hairer &amp; Wanner), order 4(3), 6 stages, L-stable, stiffly accurate. Coefficients from
   * rodas.f (subroutine ROCOE, METH = 1), see {@link Rodas4Tableau}.
   */
  public static final RosenbrockTableau RODAS4 = rodas4();

  /**
   * Rodas5P (G. Steinebach, "Construction of Rosenbrock-Wanner method Rodas5P and numerical benchmarks
   * within the Julia Differential Equations package", BIT Numer. Math. 63, 2023), order 5(4), 8 stages,
   * L-stable, stiffly accurate, with a 4th-order dense output that avoids the order reduction of
   * RODAS4's dense output on stiff non-autonomous problems. Coefficients transcribed from SciML
   * OrdinaryDiffEq.jl, src/tableaus/rosenbrock_tableaus.jl, {@code Rodas5PTableau}.
   */
  public static final RosenbrockTableau RODAS5P = rodas5p();

  private static RosenbrockTableau rodas4() {
    final double[] a5 = {Rodas4Tableau.A51, Rodas4Tableau.A52, Rodas4Tableau.A53, Rodas4Tableau.A54};
    return new RosenbrockTableau(
        "Rodas4",
        4,
        Rodas4Tableau.GAMMA,
        new double[] {0, Rodas4Tableau.C2, Rodas4Tableau.C3, Rodas4Tableau.C4, 1, 1},
        new double[] {Rodas4Tableau.D1, Rodas4Tableau.D2, Rodas4Tableau.D3, Rodas4Tableau.D4, 0, 0},
        new double[][] {
          {},
          {Rodas4Tableau.A21},
          {Rodas4Tableau.A31, Rodas4Tableau.A32},
          {Rodas4Tableau.A41, Rodas4Tableau.A42, Rodas4Tableau.A43},
          a5,
          // stage 6 is evaluated at the embedded solution y0 + sum a5j k_j + k5 (rodas.f)
          {a5[0], a5[1], a5[2], a5[3], 1}
        },
        new double[][] {
          {},
          {Rodas4Tableau.C21},
          {Rodas4Tableau.C31, Rodas4Tableau.C32},
          {Rodas4Tableau.C41, Rodas4Tableau.C42, Rodas4Tableau.C43},
          {Rodas4Tableau.C51, Rodas4Tableau.C52, Rodas4Tableau.C53, Rodas4Tableau.C54},
          {Rodas4Tableau.C61, Rodas4Tableau.C62, Rodas4Tableau.C63, Rodas4Tableau.C64, Rodas4Tableau.C65}
        },
        new double[] {a5[0], a5[1], a5[2], a5[3], 1, 1},
        new double[][] {
          {Rodas4Tableau.D21, Rodas4Tableau.D22, Rodas4Tableau.D23, Rodas4Tableau.D24, Rodas4Tableau.D25, 0},
          {Rodas4Tableau.D31, Rodas4Tableau.D32, Rodas4Tableau.D33, Rodas4Tableau.D34, Rodas4Tableau.D35, 0}
        });
  }

  private static RosenbrockTableau rodas5p() {
    final double[] a6 = {
      -7.502846399306121, 2.561846144803919, -11.627539656261098, -0.18268767659942256,
      0.030198172008377946
    };
    return new RosenbrockTableau(
        "Rodas5P",
        5,
        0.21193756319429014,
        new double[] {0, 0.6358126895828704, 0.4095798393397535, 0.9769306725060716, 0.4288403609558664, 1, 1, 1},
        new double[] {
          0.21193756319429014, -0.42387512638858027, -0.3384627126235924, 1.8046452872882734,
          2.325825639765069, 0, 0, 0
        },
        new double[][] {
          {},
          {3.0},
          {2.849394379747939, 0.45842242204463923},
          {-6.954028509809101, 2.489845061869568, -10.358996098473584},
          {2.8029986275628964, 0.5072464736228206, -0.3988312541770524, -0.04721187230404641},
          a6,
          // stages 7 and 8 continue from the previous stage argument plus its increment
          {a6[0], a6[1], a6[2], a6[3], a6[4], 1},
          {a6[0], a6[1], a6[2], a6[3], a6[4], 1, 1}
        },
        new double[][] {
          {},
          {-14.155112264123755},
          {-17.97296035885952, -2.859693295451294},
          {147.12150275711716, -1.41221402718213, 71.68940251302358},
          {165.43517024871676, -0.4592823456491126, 42.90938336958603, -5.961986721573306},
          {24.854864614690072, -3.0009227002832186, 47.4931110020768, 5.5814197821558125, -0.6610691825249471},
          {30.91273214028599, -3.1208243349937974, 77.79954646070892, 34.28646028294783, -19.097331116725623,
            -28.087943162872662},
          {37.80277123390563, -3.2571969029072276, 112.26918849496327, 66.9347231244047, -40.06618937091002,
            -54.66780262877968, -9.48861652309627}
        },
        new double[] {a6[0], a6[1], a6[2], a6[3], a6[4], 1, 1, 1},
        new double[][] {
          {25.948786856663858, -2.5579724845846235, 10.433815404888879, -2.3679251022685204,
            0.524948541321073, 1.1241088310450404, 0.4272876194431874, -0.17202221070155493},
          {-9.91568850695171, -0.9689944594115154, 3.0438037242978453, -24.495224566215796,
            20.176138334709044, 15.98066361424651, -6.789040303419874, -6.710236069923372},
          {11.419903575922262, 2.8879645146136994, 72.92137995996029, 80.12511834622643,
            -52.072871366152654, -59.78993625266729, -0.15582684282751913, 4.883087185713722}
        });
  }
}

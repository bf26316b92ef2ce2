package org.regenarch.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.regenarch.engine.sbml.SbmlReader;

/**
 * The generated analytic Jacobian against central finite differences of the generated right-hand
 * side, at the initial state of every SBML Test Suite model that has one (an independent check of
 * the symbolic differentiation and the chain rule through assignment rules and reactions).
 */
class AnalyticJacobianTest {
  private static final Path SUITE = Path.of("src/test/resources/sbml-test-suite/semantic");

  @Test
  void matchesCentralDifferencesOnTheSuiteModels() throws IOException {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> dirs = Files.list(SUITE)) {
      for (Path dir : dirs.sorted().toList()) {
        Path xml = dir.resolve(dir.getFileName() + "-sbml-l3v2.xml");
        ModelCompiler.Compiled c;
        try {
          c = ModelCompiler.compile(SbmlReader.read(xml));
        } catch (RuntimeException e) {
          continue; // models the engine rejects are judged by the suite test
        }
        GeneratedModel gen = c.code();
        int n = c.structure().stateCount();
        if (n == 0 || gen.jacobianWorkspaceSize() == 0) {
          continue;
        }
        String problem = compare(c, gen, n);
        checked++;
        if (problem != null) {
          mismatches.add(dir.getFileName() + ": " + problem);
        }
      }
    }
    assertThat(checked).as("models with an analytic Jacobian").isGreaterThan(800);
    assertThat(mismatches).isEmpty();
  }

  private static String compare(ModelCompiler.Compiled c, GeneratedModel gen, int n) {
    var symbols = c.structure().symbols();
    double[] v = new double[symbols.size()];
    boolean[] ov = new boolean[symbols.size()];
    double t = 0.1;
    gen.init(0, c.structure().attributeValues(), ov, v);
    double[] p = v.clone();
    double[] y = new double[n];
    for (Symbol s : symbols) {
      if (s.storage() == Symbol.Storage.STATE) {
        double value = v[s.index()];
        y[s.stateIndex()] = s.amountState() && s.concentrationValued() ? value * v[s.compartment()] : value;
      }
    }
    double[][] ja = new double[n][n];
    gen.jacobian(t, y, p, new double[symbols.size()], new double[gen.jacobianWorkspaceSize()], ja);
    double[] f0 = new double[n];
    double[] fPlus = new double[n];
    double[] fMinus = new double[n];
    gen.rhs(t, y, p, new double[symbols.size()], f0);
    for (int k = 0; k < n; k++) {
      double h = 1e-6 * Math.max(1.0, Math.abs(y[k]));
      double[] yp = y.clone();
      double[] ym = y.clone();
      yp[k] += h;
      ym[k] -= h;
      gen.rhs(t, yp, p, new double[symbols.size()], fPlus);
      gen.rhs(t, ym, p, new double[symbols.size()], fMinus);
      for (int r = 0; r < n; r++) {
        double fd = (fPlus[r] - fMinus[r]) / (2 * h);
        double an = ja[r][k];
        double forward = (fPlus[r] - f0[r]) / h;
        double backward = (f0[r] - fMinus[r]) / h;
        if (!Double.isFinite(fd) || !Double.isFinite(an)
            || Math.abs(forward - backward) > 1e-3 * (1 + Math.abs(fd))) {
          continue; // at a pole, jump or kink (ceil, piecewise) a difference quotient means nothing
        }
        if (Math.abs(fd - an) > 1e-5 * (1 + Math.abs(fd))) {
          return "J[" + r + "][" + k + "] analytic " + an + ", central difference " + fd;
        }
      }
    }
    return null;
  }
}

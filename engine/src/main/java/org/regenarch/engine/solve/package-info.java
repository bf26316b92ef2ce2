/**
 * ODE solvers of the engine beyond Hipparchus' explicit ones: {@link
 * org.regenarch.engine.solve.RosenbrockIntegrator}, a stiff Rosenbrock solver (Rodas5P by default,
 * RODAS4 on request) that plugs into the Hipparchus {@code ODEIntegrator} framework (events, step
 * handlers, dense output). Equations may implement {@link org.regenarch.engine.solve.JacobianProvider}
 * (analytic Jacobian, optional d f / d t) and {@link org.regenarch.engine.solve.InPlaceDerivatives}
 * (allocation-free right-hand side) to make the stiff solver faster.
 */
package org.regenarch.engine.solve;

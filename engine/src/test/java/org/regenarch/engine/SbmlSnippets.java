package org.regenarch.engine;

/** Small SBML Level 3 Version 2 documents for tests, built from fragments. */
public final class SbmlSnippets {
  private SbmlSnippets() {}

  public static final String MATHML = "http://www.w3.org/1998/Math/MathML";

  /** Wraps model content (listOf... elements) into a complete L3V2 document. */
  public static String model(String content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<sbml xmlns=\"http://www.sbml.org/sbml/level3/version2/core\" level=\"3\" version=\"2\">\n"
        + "<model id=\"m\">\n" + content + "\n</model>\n</sbml>\n";
  }

  public static String math(String inner) {
    return "<math xmlns=\"" + MATHML + "\">" + inner + "</math>";
  }

  public static String ci(String id) {
    return "<ci>" + id + "</ci>";
  }

  public static String cn(double v) {
    return "<cn>" + v + "</cn>";
  }

  public static String apply(String op, String... args) {
    return "<apply><" + op + "/>" + String.join("", args) + "</apply>";
  }

  public static final String TIME =
      "<csymbol encoding=\"text\" definitionURL=\"http://www.sbml.org/sbml/symbols/time\">time</csymbol>";

  /** One compartment 'c' of the given size, one species S (initial amount) decaying with rate k*S. */
  public static String decay(double size, double s0, double k) {
    return model("<listOfCompartments><compartment id=\"c\" size=\"" + size + "\" spatialDimensions=\"3\" constant=\"true\"/></listOfCompartments>"
        + "<listOfSpecies><species id=\"S\" compartment=\"c\" initialAmount=\"" + s0 + "\" hasOnlySubstanceUnits=\"false\" boundaryCondition=\"false\" constant=\"false\"/></listOfSpecies>"
        + "<listOfParameters><parameter id=\"k\" value=\"" + k + "\" constant=\"true\"/></listOfParameters>"
        + "<listOfReactions><reaction id=\"R\" reversible=\"false\"><listOfReactants><speciesReference species=\"S\" stoichiometry=\"1\" constant=\"true\"/></listOfReactants>"
        + "<kineticLaw>" + math(apply("times", ci("k"), ci("S"), ci("c"))) + "</kineticLaw></reaction></listOfReactions>");
  }
}

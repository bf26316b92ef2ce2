package org.regenarch.engine.fba;

/** Small SBML L3V2 documents with the fbc package (version 1 or 2), built from fragments. */
final class FbcSnippets {
  private FbcSnippets() {}

  static final String FBC_V1 = "http://www.sbml.org/sbml/level3/version1/fbc/version1";
  static final String FBC_V2 = "http://www.sbml.org/sbml/level3/version1/fbc/version2";

  static String document(String fbcNamespace, String modelContent) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<sbml xmlns=\"http://www.sbml.org/sbml/level3/version2/core\" xmlns:fbc=\"" + fbcNamespace + "\""
        + " level=\"3\" version=\"2\" fbc:required=\"false\">\n"
        + "<model id=\"m\"" + (fbcNamespace.equals(FBC_V2) ? " fbc:strict=\"false\"" : "") + ">\n"
        + "<listOfCompartments><compartment id=\"c\" size=\"1\" constant=\"true\"/></listOfCompartments>\n"
        + modelContent + "\n</model>\n</sbml>\n";
  }

  /** Species; ids starting with '_' are boundary species (the '_' is dropped from the id). */
  static String species(String... ids) {
    StringBuilder sb = new StringBuilder("<listOfSpecies>");
    for (String id : ids) {
      boolean boundary = id.startsWith("_");
      sb.append("<species id=\"").append(boundary ? id.substring(1) : id)
          .append("\" compartment=\"c\" initialAmount=\"0\" hasOnlySubstanceUnits=\"true\" boundaryCondition=\"")
          .append(boundary).append("\" constant=\"false\" fbc:charge=\"0\"/>");
    }
    return sb.append("</listOfSpecies>").toString();
  }

  /**
   * A reaction; {@code equation} like "2 A + B -> C" (coefficients optional, either side may be empty).
   * {@code bounds} is inserted into the reaction element (fbc v2 bound attributes), may be empty.
   */
  static String reaction(String id, String equation, String bounds) {
    String[] sides = equation.split("->", -1);
    return "<reaction id=\"" + id + "\" reversible=\"true\" " + bounds + ">"
        + references("listOfReactants", sides[0]) + references("listOfProducts", sides[1]) + "</reaction>";
  }

  private static String references(String list, String side) {
    if (side.isBlank()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("<" + list + ">");
    for (String term : side.split("\\+")) {
      String[] parts = term.strip().split("\\s+");
      String coefficient = parts.length == 2 ? parts[0] : "1";
      String species = parts[parts.length - 1];
      sb.append("<speciesReference species=\"").append(species).append("\" stoichiometry=\"").append(coefficient)
          .append("\" constant=\"true\"/>");
    }
    return sb.append("</").append(list).append(">").toString();
  }

  static String v2Bounds(String lowerParameter, String upperParameter) {
    return "fbc:lowerFluxBound=\"" + lowerParameter + "\" fbc:upperFluxBound=\"" + upperParameter + "\"";
  }

  static String v1Bound(String reaction, String operation, String value) {
    return "<fbc:fluxBound fbc:reaction=\"" + reaction + "\" fbc:operation=\"" + operation + "\" fbc:value=\""
        + value + "\"/>";
  }

  /** One objective; {@code terms} alternate reaction id and coefficient. */
  static String objective(String id, String type, String... terms) {
    StringBuilder sb = new StringBuilder("<fbc:objective fbc:id=\"" + id + "\" fbc:type=\"" + type
        + "\"><fbc:listOfFluxObjectives>");
    for (int i = 0; i < terms.length; i += 2) {
      sb.append("<fbc:fluxObjective fbc:reaction=\"").append(terms[i]).append("\" fbc:coefficient=\"")
          .append(terms[i + 1]).append("\"/>");
    }
    return sb.append("</fbc:listOfFluxObjectives></fbc:objective>").toString();
  }

  static String objectives(String active, String... objectives) {
    return "<fbc:listOfObjectives fbc:activeObjective=\"" + active + "\">" + String.join("", objectives)
        + "</fbc:listOfObjectives>";
  }
}

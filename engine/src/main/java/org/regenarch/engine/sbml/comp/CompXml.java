package org.regenarch.engine.sbml.comp;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Namespace constants and small DOM helpers shared by the comp flattening classes. */
final class CompXml {
  /** SBML Level 3 comp package, version 1 (the only version; release 3 of its specification). */
  static final String COMP_NS = "http://www.sbml.org/sbml/level3/version1/comp/version1";
  static final String MATHML_NS = "http://www.w3.org/1998/Math/MathML";
  static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";
  /** Core namespaces a comp model (or an external model file it imports) may use. */
  static final List<String> CORE_NAMESPACES = List.of(
      "http://www.sbml.org/sbml/level3/version1/core", "http://www.sbml.org/sbml/level3/version2/core");
  static final String TIME_URL = "http://www.sbml.org/sbml/symbols/time";
  static final String DELAY_URL = "http://www.sbml.org/sbml/symbols/delay";
  static final String RATE_OF_URL = "http://www.sbml.org/sbml/symbols/rateOf";

  private CompXml() {}

  static boolean isComp(Node n) {
    return n instanceof Element && COMP_NS.equals(n.getNamespaceURI());
  }

  static boolean isCore(Node n) {
    return n instanceof Element && CORE_NAMESPACES.contains(n.getNamespaceURI());
  }

  static boolean isMathMl(Node n) {
    return n instanceof Element && MATHML_NS.equals(n.getNamespaceURI());
  }

  /** Element children of {@code parent}. */
  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first child in the comp namespace with the given local name, or null. */
  static Element compChild(Element parent, String localName) {
    for (Element e : children(parent)) {
      if (isComp(e) && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  /** Children of the comp list {@code listName} (for example listOfSubmodels) of {@code parent}. */
  static List<Element> compList(Element parent, String listName) {
    Element list = compChild(parent, listName);
    return list == null ? List.of() : children(list).stream().filter(CompXml::isComp).toList();
  }

  /**
   * A comp attribute; the specification puts them in the comp namespace, but some writers leave
   * them unqualified, so both are accepted. Returns null when absent.
   */
  static String compAttr(Element e, String name) {
    if (e.hasAttributeNS(COMP_NS, name)) {
      return e.getAttributeNS(COMP_NS, name);
    }
    return e.hasAttribute(name) ? e.getAttribute(name) : null;
  }

  /** An unqualified (core) attribute, or null when absent. */
  static String attr(Element e, String name) {
    return e.hasAttribute(name) ? e.getAttribute(name) : null;
  }

  /** A short description of an element for error messages: {@code <species id="S1">}. */
  static String describe(Element e) {
    String id = attr(e, "id");
    if (id == null) {
      id = compAttr(e, "id");
    }
    String metaid = attr(e, "metaid");
    return "<" + e.getTagName() + (id != null ? " id=\"" + id + "\"" : "")
        + (id == null && metaid != null ? " metaid=\"" + metaid + "\"" : "") + ">";
  }
}

package org.regenarch.engine.sbml.comp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.regenarch.engine.ModelFormatException;
import org.regenarch.engine.UnsupportedFeatureException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Rewrites one instance in place for the flat model: drops deleted and replaced elements, gives
 * every id its flat name, redirects every reference (attributes and MathML), and applies the
 * conversion factors of replacements and of the submodel's time and extent conversions
 * (comp specification sections 3.5.1 and 3.6.2; formulas as in libSBML's flattening).
 */
final class InstanceRewriter {
  /** Core attributes holding an SIdRef into the model's namespace. */
  private static final List<String> SID_REF_ATTRIBUTES =
      List.of("compartment", "species", "variable", "symbol", "conversionFactor", "outside");
  /** Core attributes holding a UnitSIdRef. */
  private static final List<String> UNIT_ATTRIBUTES = List.of(
      "units", "substanceUnits", "timeUnits", "volumeUnits", "areaUnits", "lengthUnits", "extentUnits");

  /**
   * Cumulative conversion factors from this instance to the main model: time in the instance is
   * main-model time divided by the product of {@code time}; reaction extents are multiplied by
   * the product of {@code extent}.
   */
  record Factors(List<String> time, List<String> extent) {
    static final Factors NONE = new Factors(List.of(), List.of());

    Factors then(String timeFactor, String extentFactor) {
      List<String> t = new ArrayList<>(time);
      List<String> x = new ArrayList<>(extent);
      if (timeFactor != null) {
        t.add(timeFactor);
      }
      if (extentFactor != null) {
        x.add(extentFactor);
      }
      return new Factors(List.copyOf(t), List.copyOf(x));
    }
  }

  private final References refs;
  private final Instance inst;
  private final Factors factors;
  private final Document doc;
  private final String coreNs;

  InstanceRewriter(References refs, Instance inst, Factors factors) {
    this.refs = refs;
    this.inst = inst;
    this.factors = factors;
    this.doc = inst.model.getOwnerDocument();
    this.coreNs = doc.getDocumentElement().getNamespaceURI();
  }

  void rewrite() {
    process(inst.model, Map.of());
  }

  private boolean isSub() {
    return !inst.prefix.isEmpty();
  }

  /** Rewrites the children of core element {@code e}, whose own attributes are already done. */
  private void process(Element e, Map<String, Element> locals) {
    for (Element c : CompXml.children(e)) {
      if (CompXml.isComp(c)) {
        continue; // comp constructs are consumed by the flattener and removed at the end
      }
      if (refs.isRemovedItself(c)) {
        e.removeChild(c);
        continue;
      }
      if (CompXml.isMathMl(c)) {
        rewriteTop(c, e, locals);
        continue;
      }
      if (!CompXml.isCore(c)) {
        if (isSub()) {
          throw new UnsupportedFeatureException("element of another SBML package ('" + c.getNamespaceURI()
              + "') inside a comp submodel", inst.where() + " " + CompXml.describe(c));
        }
        continue;
      }
      String name = c.getLocalName();
      if ("annotation".equals(name)) {
        if (isSub()) {
          e.removeChild(c); // its RDF refers to metaids that are renamed; no simulation meaning
        }
        continue;
      }
      if ("notes".equals(name)) {
        continue;
      }
      Map<String, Element> inner = "kineticLaw".equals(name) ? localParameters(c) : locals;
      rememberTargetDivisors(c);
      renameAttributes(c);
      process(c, inner);
    }
  }

  /** Local parameters of a kinetic law by id; a deleted one no longer hides the global of the same id. */
  private Map<String, Element> localParameters(Element kineticLaw) {
    Map<String, Element> out = new HashMap<>();
    for (Element list : CompXml.children(kineticLaw)) {
      if ("listOfLocalParameters".equals(list.getLocalName()) || "listOfParameters".equals(list.getLocalName())) {
        for (Element p : CompXml.children(list)) {
          if (p.hasAttribute("id") && !refs.isDeleted(p)) {
            out.put(p.getAttribute("id"), p);
          }
        }
      }
    }
    return out;
  }

  private void renameAttributes(Element c) {
    String name = c.getLocalName();
    String id = CompXml.attr(c, "id");
    if (id != null) {
      if ("unitDefinition".equals(name)) {
        c.setAttribute("id", refs.unitName(inst, id));
      } else if (inst.byId.get(id) == c) {
        c.setAttribute("id", refs.finalName(new References.Target(inst, c)));
      }
    }
    if (isSub() && c.hasAttribute("metaid")) {
      c.setAttribute("metaid", inst.prefix + c.getAttribute("metaid"));
    }
    for (String a : SID_REF_ATTRIBUTES) {
      if (c.hasAttribute(a)) {
        c.setAttribute(a, resolve(c.getAttribute(a), c).name());
      }
    }
    for (String a : UNIT_ATTRIBUTES) {
      if (c.hasAttribute(a)) {
        c.setAttribute(a, refs.unitName(inst, c.getAttribute(a)));
      }
    }
  }

  /** Resolves an id used in this instance; an id no model declares is kept in the main model, an error in a submodel. */
  private References.Resolved resolve(String id, Element user) {
    References.Resolved r = refs.reference(inst, id, user);
    if (r != null) {
      return r;
    }
    if (isSub()) {
      throw new ModelFormatException(inst.where() + ": " + CompXml.describe(user) + " refers to '" + id
          + "', which the submodel's model does not declare");
    }
    return new References.Resolved(id, List.of(), false);
  }

  // ---- math ------------------------------------------------------------------------------------

  /** Rewrites a {@code <math>} element of {@code container}, then applies the container's conversions. */
  private void rewriteTop(Element math, Element container, Map<String, Element> locals) {
    String kind = container.getLocalName();
    List<String> targetFactors = targetDivisors.getOrDefault(container, List.of());
    for (Element x : CompXml.children(math)) {
      Node next = x.getNextSibling();
      Node y = rewrite(x, locals);
      List<String> mul = new ArrayList<>(targetFactors);
      List<String> div = new ArrayList<>();
      switch (kind) {
        case "kineticLaw" -> {
          mul.addAll(factors.extent());
          div.addAll(factors.time());
        }
        case "rateRule" -> div.addAll(factors.time());
        case "delay" -> mul.addAll(factors.time());
        default -> { }
      }
      y = scale(y, mul, div);
      if (y != x) {
        math.insertBefore(y, next);
      }
    }
  }

  /**
   * Conversion factors of the variable each rule or assignment sets, looked up before the
   * variable attribute is renamed: assigning to a replaced element x = A / f means assigning f
   * times the value to A.
   */
  private final Map<Element, List<String>> targetDivisors = new IdentityHashMap<>();

  private void rememberTargetDivisors(Element c) {
    String attribute = switch (c.getLocalName()) {
      case "rateRule", "assignmentRule", "eventAssignment" -> "variable";
      case "initialAssignment" -> "symbol";
      default -> null;
    };
    if (attribute != null && c.hasAttribute(attribute)) {
      targetDivisors.put(c, resolve(c.getAttribute(attribute), c).divisors());
    }
  }

  /** Rewrites an expression node; returns the node to put in its place (possibly itself). */
  private Node rewrite(Element x, Map<String, Element> bound) {
    String name = x.getLocalName();
    switch (name) {
      case "ci" -> {
        String id = x.getTextContent().trim();
        References.Resolved r;
        if (bound.containsKey(id)) {
          Element local = bound.get(id);
          if (local == null || !refs.isRemovedItself(local)) {
            return x; // a lambda argument or a local parameter that stays
          }
          r = refs.resolvedFor(inst, local, x); // a replaced local parameter
        } else {
          r = resolve(id, x);
        }
        x.setTextContent(" " + r.name() + " ");
        List<String> mul = r.reaction() ? factors.time() : List.of();
        List<String> div = new ArrayList<>(r.divisors());
        if (r.reaction()) {
          div.addAll(factors.extent());
        }
        return scale(x, mul, div);
      }
      case "csymbol" -> {
        return CompXml.TIME_URL.equals(x.getAttribute("definitionURL").trim()) ? scale(x, List.of(), factors.time()) : x;
      }
      case "cn" -> {
        if (x.hasAttributeNS(coreNs, "units")) {
          x.setAttributeNS(coreNs, x.getAttributeNodeNS(coreNs, "units").getName(),
              refs.unitName(inst, x.getAttributeNS(coreNs, "units")));
        }
        return x;
      }
      case "lambda" -> {
        Map<String, Element> inner = new HashMap<>(bound);
        for (Element c : CompXml.children(x)) {
          if ("bvar".equals(c.getLocalName())) {
            for (Element ci : CompXml.children(c)) {
              inner.put(ci.getTextContent().trim(), null);
            }
          }
        }
        rewriteChildren(x, inner, true);
        return x;
      }
      case "apply" -> {
        List<Element> kids = CompXml.children(x);
        String url = !kids.isEmpty() && "csymbol".equals(kids.get(0).getLocalName())
            ? kids.get(0).getAttribute("definitionURL").trim() : "";
        if (CompXml.RATE_OF_URL.equals(url)) {
          return rewriteRateOf(x, kids, bound);
        }
        rewriteChildren(x, bound, false);
        if (CompXml.DELAY_URL.equals(url) && kids.size() == 3) {
          Element d = CompXml.children(x).get(2);
          Node next = d.getNextSibling();
          Node scaled = scale(d, factors.time(), List.of());
          if (scaled != d) {
            x.insertBefore(scaled, next);
          }
        }
        return x;
      }
      default -> {
        rewriteChildren(x, bound, false);
        return x;
      }
    }
  }

  /** rateOf(x) in the instance's units: x = A / f and t = T / tcf give d x/d t = rateOf(A) * tcf / f. */
  private Node rewriteRateOf(Element x, List<Element> kids, Map<String, Element> bound) {
    if (kids.size() != 2 || !"ci".equals(kids.get(1).getLocalName())) {
      throw new ModelFormatException(inst.where() + ": rateOf must have one identifier argument");
    }
    Element ci = kids.get(1);
    String id = ci.getTextContent().trim();
    if (bound.containsKey(id)) {
      throw new UnsupportedFeatureException("rateOf of a local parameter or function argument", inst.where());
    }
    References.Resolved r = resolve(id, ci);
    if (r.reaction()) {
      throw new UnsupportedFeatureException("rateOf of a reaction", inst.where());
    }
    ci.setTextContent(" " + r.name() + " ");
    return scale(x, factors.time(), r.divisors());
  }

  private void rewriteChildren(Element x, Map<String, Element> bound, boolean skipBvars) {
    for (Element c : CompXml.children(x)) {
      if (skipBvars && "bvar".equals(c.getLocalName())) {
        continue;
      }
      rewriteInPlace(x, c, bound);
    }
  }

  /**
   * {@code expr * mul_1 * ... / div_1 / ...}; the node itself when both lists are empty. A new node
   * takes {@code expr} out of its parent: callers insert the result where {@code expr} was.
   */
  private Node scale(Node expr, List<String> mul, List<String> div) {
    Node result = expr;
    if (!mul.isEmpty()) {
      Element times = apply("times");
      times.appendChild(result);
      for (String m : mul) {
        times.appendChild(ci(m));
      }
      result = times;
    }
    for (String d : div) {
      Element divide = apply("divide");
      divide.appendChild(result);
      divide.appendChild(ci(d));
      result = divide;
    }
    return result;
  }

  /** Rewrites child {@code c} of {@code parent} and puts the result in its place. */
  private void rewriteInPlace(Element parent, Element c, Map<String, Element> bound) {
    Node next = c.getNextSibling();
    Node y = rewrite(c, bound);
    if (y != c) {
      parent.insertBefore(y, next);
    }
  }

  private Element apply(String operator) {
    Element a = doc.createElementNS(CompXml.MATHML_NS, "apply");
    a.appendChild(doc.createElementNS(CompXml.MATHML_NS, operator));
    return a;
  }

  private Element ci(String id) {
    Element c = doc.createElementNS(CompXml.MATHML_NS, "ci");
    c.setTextContent(" " + id + " ");
    return c;
  }
}

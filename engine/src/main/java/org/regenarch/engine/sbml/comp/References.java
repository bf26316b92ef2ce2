package org.regenarch.engine.sbml.comp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenarch.engine.ModelFormatException;
import org.regenarch.engine.UnsupportedFeatureException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Resolves comp SBaseRefs (portRef, idRef, unitRef, metaIdRef and nested sBaseRef chains), records
 * deletions and replacements, and answers what a reference in an instance becomes in the flat model:
 * the final id of the element that survives, and the conversion factors to divide it by.
 */
final class References {

  /** An element together with the instance whose namespace it lives in. */
  record Target(Instance owner, Element element) {}

  /** {@code element} is replaced by {@code by}; {@code conversionFactor} is an id in {@code by.owner()}. */
  private record Replacement(Target by, String conversionFactor) {}

  /**
   * What a reference becomes: the flat id, the conversion-factor ids its value must be divided by
   * (comp specification section 3.6.2), and whether it names a reaction (whose rate is rescaled by
   * the submodel's time and extent conversion factors).
   */
  record Resolved(String name, List<String> divisors, boolean reaction) {}

  private final Map<Element, Replacement> replacements = new IdentityHashMap<>();
  /** replacedBy targets: the element whose id they take over. */
  private final Map<Element, Target> takesIdOf = new IdentityHashMap<>();
  private final Set<Element> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Instance> deletedInstances = Collections.newSetFromMap(new IdentityHashMap<>());

  // ---- recording --------------------------------------------------------------------------------

  void recordDeletions(Instance inst) {
    for (Element sub : CompXml.compList(inst.model, "listOfSubmodels")) {
      Instance child = inst.childFor(sub);
      for (Element deletion : CompXml.compList(sub, "listOfDeletions")) {
        Target t = resolve(deletion, child);
        if (isSubmodel(t.element())) {
          markInstanceDeleted(t.owner().childFor(t.element()));
        }
        deleted.add(t.element());
      }
    }
  }

  private void markInstanceDeleted(Instance inst) {
    deletedInstances.addAll(inst.preOrder());
  }

  void recordReplacements(Instance inst, Element holder) {
    if (isRemoved(holder, inst)) {
      return; // a deleted element's own replacements do not happen
    }
    for (Element re : CompXml.compList(holder, "listOfReplacedElements")) {
      Instance child = submodelOf(inst, re);
      String deletion = CompXml.compAttr(re, "deletion");
      if (deletion != null) {
        // Points at a deletion of the submodel: it only documents that the holder stands in for what was deleted.
        boolean known = CompXml.compList(child.submodel, "listOfDeletions").stream()
            .anyMatch(d -> deletion.equals(CompXml.compAttr(d, "id")));
        if (!known) {
          throw new ModelFormatException(inst.where() + ": " + CompXml.describe(re) + " refers to unknown deletion '"
              + CompXml.compAttr(re, "deletion") + "'");
        }
        continue;
      }
      Target t = resolve(re, child);
      requireReplaceable(t, re, inst);
      put(t.element(), new Replacement(new Target(inst, holder), CompXml.compAttr(re, "conversionFactor")), re, inst);
    }
    Element rb = CompXml.compChild(holder, "replacedBy");
    if (rb != null) {
      Target t = resolve(rb, submodelOf(inst, rb));
      requireReplaceable(t, rb, inst);
      put(holder, new Replacement(t, null), rb, inst);
      // Chained replacedBys: instances are visited parents first, so the outermost holder's id wins.
      takesIdOf.putIfAbsent(t.element(), new Target(inst, holder));
    }
  }

  private void put(Element replaced, Replacement r, Element ref, Instance inst) {
    if (deleted.contains(replaced)) {
      throw new ModelFormatException(inst.where() + ": " + CompXml.describe(ref) + " replaces "
          + CompXml.describe(replaced) + ", which a comp:deletion already removes");
    }
    if (replacements.put(replaced, r) != null) {
      throw new UnsupportedFeatureException("an element replaced by two different elements",
          inst.where() + " " + CompXml.describe(replaced));
    }
  }

  private void requireReplaceable(Target t, Element ref, Instance inst) {
    if (isSubmodel(t.element())) {
      throw new UnsupportedFeatureException("replacing a whole comp:submodel", inst.where() + " " + CompXml.describe(ref));
    }
  }

  private Instance submodelOf(Instance inst, Element ref) {
    String subId = CompXml.compAttr(ref, "submodelRef");
    Instance child = subId == null ? null : inst.childrenById.get(subId);
    if (child == null) {
      throw new ModelFormatException(inst.where() + ": " + CompXml.describe(ref) + " has comp:submodelRef '" + subId
          + "', which is not a submodel of this model");
    }
    return child;
  }

  // ---- SBaseRef resolution ---------------------------------------------------------------------

  /** The element an SBaseRef-like element (port, deletion, replacedElement, replacedBy, sBaseRef) points at. */
  Target resolve(Element ref, Instance inst) {
    String portRef = CompXml.compAttr(ref, "portRef");
    String idRef = CompXml.compAttr(ref, "idRef");
    String unitRef = CompXml.compAttr(ref, "unitRef");
    String metaIdRef = CompXml.compAttr(ref, "metaIdRef");
    int set = (portRef != null ? 1 : 0) + (idRef != null ? 1 : 0) + (unitRef != null ? 1 : 0) + (metaIdRef != null ? 1 : 0);
    if (set != 1) {
      throw new ModelFormatException(inst.where() + ": " + CompXml.describe(ref)
          + " must set exactly one of comp:portRef, comp:idRef, comp:unitRef, comp:metaIdRef");
    }
    Target found;
    if (portRef != null) {
      Element port = inst.ports.get(portRef);
      if (port == null) {
        throw notFound(ref, inst, "port", portRef);
      }
      found = resolve(port, inst);
    } else if (idRef != null) {
      Element e = inst.byId.get(idRef);
      if (e == null && inst.ports.containsKey(idRef)) {
        found = resolve(inst.ports.get(idRef), inst);
      } else if (e == null) {
        throw notFound(ref, inst, "id", idRef);
      } else {
        found = new Target(inst, e);
      }
    } else if (unitRef != null) {
      Element e = inst.unitsById.get(unitRef);
      if (e == null) {
        throw notFound(ref, inst, "unitDefinition", unitRef);
      }
      found = new Target(inst, e);
    } else {
      Element e = inst.byMetaId.get(metaIdRef);
      if (e == null) {
        throw notFound(ref, inst, "metaid", metaIdRef);
      }
      found = e.getLocalName().equals("port") && CompXml.isComp(e) ? resolve(e, inst) : new Target(inst, e);
    }
    Element nested = CompXml.compChild(ref, "sBaseRef");
    if (nested == null) {
      return found;
    }
    if (!isSubmodel(found.element())) {
      throw new ModelFormatException(inst.where() + ": " + CompXml.describe(ref) + " has a nested comp:sBaseRef, but "
          + CompXml.describe(found.element()) + " is not a submodel");
    }
    return resolve(nested, found.owner().childFor(found.element()));
  }

  private static ModelFormatException notFound(Element ref, Instance inst, String kind, String value) {
    return new ModelFormatException(inst.where() + ": " + CompXml.describe(ref) + " refers to " + kind + " '" + value
        + "', which the referenced model does not declare");
  }

  static boolean isSubmodel(Element e) {
    return CompXml.isComp(e) && "submodel".equals(e.getLocalName());
  }

  // ---- queries ---------------------------------------------------------------------------------

  boolean isDeleted(Instance inst) {
    return deletedInstances.contains(inst);
  }

  boolean isDeleted(Element e) {
    return deleted.contains(e);
  }

  /** True when {@code e} itself is deleted or replaced: it does not appear in the flat model. */
  boolean isRemovedItself(Element e) {
    return deleted.contains(e) || replacements.containsKey(e);
  }

  /** True when {@code e} or an ancestor (within its instance) is deleted or replaced. */
  boolean isRemoved(Element e, Instance inst) {
    for (Node n = e; n != null && n != inst.model; n = n.getParentNode()) {
      if (n instanceof Element el && isRemovedItself(el)) {
        return true;
      }
    }
    return false;
  }

  /** What the id {@code id}, used inside instance {@code inst}, becomes; null when {@code inst} declares no such id. */
  Resolved reference(Instance inst, String id, Element user) {
    Element e = inst.byId.get(id);
    if (e == null) {
      return null;
    }
    return resolvedFor(inst, e, user);
  }

  /** What a reference to element {@code e} of instance {@code inst} becomes. */
  Resolved resolvedFor(Instance inst, Element e, Element user) {
    String id = CompXml.attr(e, "id");
    if (isSubmodel(e)) {
      throw new ModelFormatException(inst.where() + ": " + CompXml.describe(user) + " uses submodel id '" + id
          + "' as a value");
    }
    if (deleted.contains(e) || (!replacements.containsKey(e) && isRemoved(e, inst))) {
      throw new ModelFormatException(inst.where() + ": " + CompXml.describe(user) + " refers to '" + id
          + "', which a comp:deletion or replacement removes from the model");
    }
    Target t = new Target(inst, e);
    // A replaced reaction's rate is the replacement's, in the replacing model's units: the test suite
    // (case 01182) expects no time/extent rescaling of such references, only the replacement's factor.
    boolean ownReaction = "reaction".equals(e.getLocalName()) && !replacements.containsKey(e);
    String name = finalName(t);
    if (name == null) {
      throw new UnsupportedFeatureException("reference to '" + id + "', whose replacement has no global id (for example"
          + " a local parameter)", inst.where() + " " + CompXml.describe(user));
    }
    return new Resolved(name, divisors(t), ownReaction);
  }

  /** The flat id of a unit reference: a unitDefinition of the instance, or a base unit kept as is. */
  String unitName(Instance inst, String unit) {
    Element ud = inst.unitsById.get(unit);
    return ud == null ? unit : finalName(new Target(inst, ud));
  }

  /** The id the element that finally stands for {@code t} carries in the flat model. */
  String finalName(Target t) {
    Target rep = representative(t);
    Target taken = takesIdOf.get(rep.element());
    if (taken != null) {
      return taken.owner().prefix + taken.owner().declaredId(taken.element());
    }
    String id = rep.owner().declaredId(rep.element());
    return id == null ? null : rep.owner().prefix + id;
  }

  private Target representative(Target t) {
    Target cur = t;
    for (int guard = 0; replacements.containsKey(cur.element()); guard++) {
      if (guard > replacements.size()) {
        throw new ModelFormatException(t.owner().where() + ": replacements of " + CompXml.describe(t.element())
            + " form a cycle");
      }
      cur = replacements.get(cur.element()).by();
    }
    return cur;
  }

  /** Conversion factors (flat ids) collected along the replacement chain of {@code t}. */
  private List<String> divisors(Target t) {
    List<String> out = new ArrayList<>();
    Target cur = t;
    for (int guard = 0; replacements.containsKey(cur.element()) && guard <= replacements.size(); guard++) {
      Replacement r = replacements.get(cur.element());
      if (r.conversionFactor() != null) {
        Resolved cf = reference(r.by().owner(), r.conversionFactor(), r.by().element());
        if (cf == null || !cf.divisors().isEmpty()) {
          throw new UnsupportedFeatureException("comp:conversionFactor '" + r.conversionFactor()
              + "' that is not a plain parameter of the replacing model", r.by().owner().where());
        }
        out.add(cf.name());
      }
      cur = r.by();
    }
    return out;
  }
}

package org.regenarch.engine.sbml.comp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenarch.engine.ModelFormatException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One instantiated model of the hierarchy: a private copy of its definition (in the output
 * document), the ids it declares (in its own, unprefixed namespace) and its instantiated submodels.
 */
final class Instance {
  final String prefix;
  /** Submodel ids from the main model down to this instance, for messages ("A/B"); empty for the main model. */
  private final String path;
  final Element model;
  final ModelLibrary.Scope scope;
  final Instance parent;
  /** The comp:submodel element (in the parent) this instance realises; null for the main model. */
  final Element submodel;
  final Map<String, Element> byId = new HashMap<>();
  final Map<String, Element> byMetaId = new HashMap<>();
  final Map<String, Element> unitsById = new HashMap<>();
  final Map<String, Element> ports = new HashMap<>();
  final Map<String, Instance> childrenById = new LinkedHashMap<>();
  /** Ids as declared, kept because rewriting renames the elements in place. */
  private final Map<Element, String> declaredIds = new IdentityHashMap<>();

  private Instance(String prefix, String path, Element model, ModelLibrary.Scope scope, Instance parent,
      Element submodel) {
    this.prefix = prefix;
    this.path = path;
    this.model = model;
    this.scope = scope;
    this.parent = parent;
    this.submodel = submodel;
  }

  /** Instantiates the main model and, recursively, every submodel. */
  static Instance instantiate(Element mainModel, ModelLibrary.Scope scope, ModelLibrary library) {
    Instance root = new Instance("", "", mainModel, scope, null, null);
    Deque<Element> active = new ArrayDeque<>();
    active.push(mainModel);
    root.build(library, active);
    return root;
  }

  private void build(ModelLibrary library, Deque<Element> active) {
    index(model);
    Document doc = model.getOwnerDocument();
    String coreNs = doc.getDocumentElement().getNamespaceURI();
    for (Element sub : CompXml.compList(model, "listOfSubmodels")) {
      String id = CompXml.compAttr(sub, "id");
      String modelRef = CompXml.compAttr(sub, "modelRef");
      if (id == null || modelRef == null) {
        throw new ModelFormatException(scope.source + ": " + CompXml.describe(sub) + " needs comp:id and comp:modelRef");
      }
      ModelLibrary.Definition def = library.resolve(modelRef, scope, sub);
      for (Element a : active) {
        if (a == def.model()) {
          throw new ModelFormatException(scope.source + ": submodel '" + id + "' instantiates model '" + modelRef
              + "', which (directly or indirectly) contains itself");
        }
      }
      Element copy = (Element) doc.importNode(def.model(), true);
      moveToNamespace(copy, coreNs);
      Instance child = new Instance(prefix + id + "__", path.isEmpty() ? id : path + "/" + id, copy, def.scope(), this, sub);
      childrenById.put(id, child);
      active.push(def.model());
      child.build(library, active);
      active.pop();
    }
  }

  /** All instances of this subtree, parents before children. */
  List<Instance> preOrder() {
    List<Instance> out = new ArrayList<>();
    out.add(this);
    for (Instance c : childrenById.values()) {
      out.addAll(c.preOrder());
    }
    return out;
  }

  /** The instance created by the comp:submodel element {@code sub} of this model. */
  Instance childFor(Element sub) {
    return childrenById.get(CompXml.compAttr(sub, "id"));
  }

  /** A label for messages: the file and the submodel path. */
  String where() {
    return scope.source + (path.isEmpty() ? "" : " (submodel " + path + ")");
  }

  private void index(Element e) {
    for (Element c : CompXml.children(e)) {
      if (CompXml.isMathMl(c)) {
        continue;
      }
      String name = c.getLocalName();
      if (CompXml.isCore(c) && ("annotation".equals(name) || "notes".equals(name))) {
        continue;
      }
      String metaid = CompXml.attr(c, "metaid");
      if (metaid != null) {
        putUnique(byMetaId, metaid, c);
      }
      if (CompXml.isComp(c)) {
        String compId = CompXml.compAttr(c, "id");
        switch (name) {
          case "submodel" -> putUnique(byId, compId, c);
          case "port" -> putUnique(ports, compId, c);
          default -> { }
        }
      } else if (CompXml.isCore(c)) {
        String id = CompXml.attr(c, "id");
        if (id != null && "unitDefinition".equals(name)) {
          putUnique(unitsById, id, c);
        } else if (id != null && !"localParameter".equals(name)
            && !("parameter".equals(name) && "listOfParameters".equals(((Element) c.getParentNode()).getLocalName())
                && "kineticLaw".equals(((Element) c.getParentNode().getParentNode()).getLocalName()))) {
          putUnique(byId, id, c);
        }
      }
      index(c);
    }
  }

  private void putUnique(Map<String, Element> map, String key, Element e) {
    if (key == null) {
      throw new ModelFormatException(where() + ": " + CompXml.describe(e) + " has no id");
    }
    if (map == byId || map == unitsById) {
      declaredIds.put(e, key);
    }
    Element old = map.put(key, e);
    if (old != null && old != e) {
      throw new ModelFormatException(where() + ": id '" + key + "' is declared twice (" + CompXml.describe(old)
          + " and " + CompXml.describe(e) + ")");
    }
  }

  /** The id {@code e} was declared with in this instance (before any renaming), or null. */
  String declaredId(Element e) {
    return declaredIds.get(e);
  }

  /** Moves core elements of an imported model (for example an L3V1 external file) into {@code coreNs}. */
  private static void moveToNamespace(Element e, String coreNs) {
    if (CompXml.isCore(e) && !coreNs.equals(e.getNamespaceURI())) {
      e.getOwnerDocument().renameNode(e, coreNs, e.getLocalName());
    }
    for (Element c : CompXml.children(e)) {
      moveToNamespace(c, coreNs);
    }
  }
}

package org.regenarch.engine.sbml.comp;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.regenarch.engine.ModelFormatException;
import org.regenarch.engine.UnsupportedFeatureException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Flattens an SBML Level 3 document that uses the Hierarchical Model Composition package ("comp",
 * version 1, release 3 semantics) into a plain SBML document: every submodel is instantiated, its
 * ids get the prefix {@code <submodelId>__} (nested: {@code A__B__x}, the naming of libSBML's
 * flattening converter, which the SBML Test Suite's expected variables use), deletions and
 * replacements are applied, references are redirected and conversion factors are applied.
 * Anything it cannot flatten faithfully is an {@link UnsupportedFeatureException}.
 */
public final class CompFlattener {

  private static final Pattern COMP_DECLARATION =
      Pattern.compile("xmlns(?::[\\w.-]+)?\\s*=\\s*[\"']" + Pattern.quote(CompXml.COMP_NS) + "[\"']");

  /** Element names the comp package defines; all of them are consumed by flattening. */
  private static final Set<String> COMP_ELEMENTS = Set.of("listOfModelDefinitions", "modelDefinition",
      "listOfExternalModelDefinitions", "externalModelDefinition", "listOfSubmodels", "submodel",
      "listOfDeletions", "deletion", "listOfPorts", "port", "listOfReplacedElements", "replacedElement",
      "replacedBy", "sBaseRef");

  /** Order of the lists in an SBML Level 3 model (SBML L3V2 core specification, section 4.2). */
  private static final List<String> LIST_ORDER = List.of("listOfFunctionDefinitions", "listOfUnitDefinitions",
      "listOfCompartments", "listOfSpecies", "listOfParameters", "listOfInitialAssignments", "listOfRules",
      "listOfConstraints", "listOfReactions", "listOfEvents");

  private CompFlattener() {}

  /** True when the document declares the comp namespace (on any element). */
  public static boolean usesComp(String xml) {
    return COMP_DECLARATION.matcher(xml).find();
  }

  /**
   * Flattens {@code xml} when it uses comp, else returns it unchanged. {@code source} is the file
   * name the reader reports; when it names a file, external model definitions resolve against its
   * folder.
   */
  public static String flattenIfHierarchical(String xml, String source) {
    if (!usesComp(xml)) {
      return xml;
    }
    return flatten(xml, folderOf(source), source);
  }

  /** Flattens {@code xml}; {@code baseDir} is the folder external model files are read from (may be null). */
  public static String flatten(String xml, Path baseDir) {
    return flatten(xml, baseDir, baseDir == null ? "<comp document>" : baseDir.toString());
  }

  static String flatten(String xml, Path baseDir, String source) {
    Document doc = ModelLibrary.parse(xml, source);
    Element sbml = doc.getDocumentElement();
    if (!"3".equals(sbml.getAttribute("level"))) {
      throw new ModelFormatException(source + ": the comp package needs SBML Level 3, the document is Level "
          + sbml.getAttribute("level"));
    }
    ModelLibrary.Scope scope = new ModelLibrary.Scope(doc, source, baseDir);
    if (scope.mainModel == null) {
      throw new ModelFormatException(source + ": the SBML document has no model");
    }
    Instance root = Instance.instantiate(scope.mainModel, scope, new ModelLibrary());
    List<Instance> all = root.preOrder();
    References refs = new References();
    for (Instance inst : all) {
      if (!refs.isDeleted(inst)) {
        refs.recordDeletions(inst);
      }
    }
    List<Instance> alive = all.stream().filter(i -> !refs.isDeleted(i)).toList();
    for (Instance inst : alive) {
      for (Element holder : replacementHolders(inst.model)) {
        refs.recordReplacements(inst, holder);
      }
    }
    Map<Instance, InstanceRewriter.Factors> factors = conversionFactors(alive, refs);
    for (Instance inst : alive) {
      if (inst != root) {
        applyModelConversionFactor(inst);
      }
    }
    requireNoInheritedConversionFactor(root, alive);
    for (Instance inst : alive) {
      new InstanceRewriter(refs, inst, factors.get(inst)).rewrite();
    }
    for (Instance inst : alive) {
      if (inst != root) {
        merge(inst, root.model);
      }
    }
    removeComp(sbml, source);
    return serialize(doc, source);
  }

  private static Path folderOf(String source) {
    try {
      Path p = Path.of(source);
      return Files.isRegularFile(p) ? p.toAbsolutePath().getParent() : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Core elements of the model carrying comp:listOfReplacedElements or comp:replacedBy. */
  private static List<Element> replacementHolders(Element model) {
    List<Element> out = new ArrayList<>();
    collectHolders(model, out);
    return out;
  }

  private static void collectHolders(Element e, List<Element> out) {
    for (Element c : CompXml.children(e)) {
      if (!CompXml.isCore(c) || "annotation".equals(c.getLocalName()) || "notes".equals(c.getLocalName())) {
        continue;
      }
      if (CompXml.compChild(c, "listOfReplacedElements") != null || CompXml.compChild(c, "replacedBy") != null) {
        out.add(c);
      }
      collectHolders(c, out);
    }
  }

  /** Time and extent conversion factors accumulated from the main model down to each instance. */
  private static Map<Instance, InstanceRewriter.Factors> conversionFactors(List<Instance> alive, References refs) {
    Map<Instance, InstanceRewriter.Factors> out = new IdentityHashMap<>();
    for (Instance inst : alive) { // parents come before children
      if (inst.parent == null) {
        out.put(inst, InstanceRewriter.Factors.NONE);
        continue;
      }
      String time = factorName(inst, "timeConversionFactor", refs);
      String extent = factorName(inst, "extentConversionFactor", refs);
      out.put(inst, out.get(inst.parent).then(time, extent));
    }
    return out;
  }

  private static String factorName(Instance inst, String attribute, References refs) {
    String id = CompXml.compAttr(inst.submodel, attribute);
    if (id == null) {
      return null;
    }
    References.Resolved r = refs.reference(inst.parent, id, inst.submodel);
    if (r == null) {
      throw new ModelFormatException(inst.parent.where() + ": " + CompXml.describe(inst.submodel) + " has comp:"
          + attribute + " '" + id + "', which the model does not declare");
    }
    if (!r.divisors().isEmpty()) {
      throw new UnsupportedFeatureException("comp:" + attribute + " naming a parameter replaced with a conversion factor",
          inst.parent.where() + " " + CompXml.describe(inst.submodel));
    }
    return r.name();
  }

  /** A submodel's model-level conversionFactor becomes the conversionFactor of its species that set none. */
  private static void applyModelConversionFactor(Instance inst) {
    String cf = CompXml.attr(inst.model, "conversionFactor");
    if (cf == null) {
      return;
    }
    for (Element species : speciesOf(inst.model)) {
      if (!species.hasAttribute("conversionFactor")) {
        species.setAttribute("conversionFactor", cf);
      }
    }
  }

  /** The main model's conversionFactor would wrongly apply to submodel species that have none. */
  private static void requireNoInheritedConversionFactor(Instance root, List<Instance> alive) {
    if (!root.model.hasAttribute("conversionFactor")) {
      return;
    }
    for (Instance inst : alive) {
      if (inst == root) {
        continue;
      }
      for (Element species : speciesOf(inst.model)) {
        if (!species.hasAttribute("conversionFactor")) {
          throw new UnsupportedFeatureException("model conversionFactor of the main model together with submodel "
              + "species without a conversionFactor", inst.where() + " " + CompXml.describe(species));
        }
      }
    }
  }

  private static List<Element> speciesOf(Element model) {
    List<Element> out = new ArrayList<>();
    for (Element list : CompXml.children(model)) {
      if (CompXml.isCore(list) && "listOfSpecies".equals(list.getLocalName())) {
        out.addAll(CompXml.children(list));
      }
    }
    return out;
  }

  /** Moves the (already rewritten) contents of a submodel instance's lists into the main model's lists. */
  private static void merge(Instance inst, Element rootModel) {
    for (Element list : CompXml.children(inst.model)) {
      if (!CompXml.isCore(list) || !LIST_ORDER.contains(list.getLocalName())) {
        continue; // annotation and notes of a submodel do not carry over
      }
      Element target = rootList(rootModel, list.getLocalName());
      for (Element item : CompXml.children(list)) {
        if (CompXml.isCore(item)) {
          target.appendChild(item);
        }
      }
    }
  }

  private static Element rootList(Element rootModel, String name) {
    int rank = LIST_ORDER.indexOf(name);
    Element before = null;
    for (Element c : CompXml.children(rootModel)) {
      if (!CompXml.isCore(c)) {
        continue;
      }
      if (name.equals(c.getLocalName())) {
        return c;
      }
      int r = LIST_ORDER.indexOf(c.getLocalName());
      if (before == null && r > rank) {
        before = c;
      }
    }
    Element list = rootModel.getOwnerDocument().createElementNS(rootModel.getNamespaceURI(), name);
    rootModel.insertBefore(list, before);
    return list;
  }

  /** Removes every comp element and attribute and the comp namespace declaration. */
  private static void removeComp(Element e, String source) {
    for (Element c : CompXml.children(e)) {
      if (CompXml.isComp(c)) {
        if (!COMP_ELEMENTS.contains(c.getLocalName())) {
          throw new UnsupportedFeatureException("comp element <" + c.getTagName() + ">", source);
        }
        e.removeChild(c);
      } else {
        removeComp(c, source);
      }
    }
    NamedNodeMap attrs = e.getAttributes();
    List<Attr> drop = new ArrayList<>();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      if (CompXml.COMP_NS.equals(a.getNamespaceURI())
          || (CompXml.XMLNS_NS.equals(a.getNamespaceURI()) && CompXml.COMP_NS.equals(a.getValue()))) {
        drop.add(a);
      }
    }
    for (Attr a : drop) {
      e.removeAttributeNode(a);
    }
  }

  private static String serialize(Document doc, String source) {
    try {
      TransformerFactory f = TransformerFactory.newInstance();
      Transformer t = f.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter w = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(w));
      return w.toString();
    } catch (TransformerException e) {
      throw new ModelFormatException(source + ": cannot write the flattened comp model: " + e.getMessage(), e);
    }
  }
}

package org.regenarch.engine.sbml.comp;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.regenarch.engine.ModelFormatException;
import org.regenarch.engine.UnsupportedFeatureException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Finds the model a {@code comp:submodel} instantiates: a {@code comp:modelDefinition} of the same
 * document, or a {@code comp:externalModelDefinition} whose {@code comp:source} file lies relative
 * to the referring document's folder (comp specification section 3.3).
 */
final class ModelLibrary {

  /** One SBML document: its model definitions and the folder its relative sources resolve against. */
  static final class Scope {
    final String source;
    final Path baseDir;
    final Element mainModel;
    final Map<String, Element> modelDefinitions = new LinkedHashMap<>();
    final Map<String, Element> externalDefinitions = new LinkedHashMap<>();

    Scope(Document doc, String source, Path baseDir) {
      this.source = source;
      this.baseDir = baseDir;
      Element sbml = doc.getDocumentElement();
      Element model = null;
      for (Element e : CompXml.children(sbml)) {
        if (CompXml.isCore(e) && "model".equals(e.getLocalName())) {
          model = e;
        }
      }
      this.mainModel = model;
      for (Element def : CompXml.compList(sbml, "listOfModelDefinitions")) {
        modelDefinitions.put(CompXml.attr(def, "id"), def);
      }
      for (Element ext : CompXml.compList(sbml, "listOfExternalModelDefinitions")) {
        externalDefinitions.put(CompXml.compAttr(ext, "id"), ext);
      }
    }
  }

  /** A resolved model: its element and the scope its own submodels resolve in. */
  record Definition(Element model, Scope scope) {}

  private final Map<Path, Scope> loaded = new HashMap<>();

  /** Resolves {@code modelRef} as seen from {@code scope}; {@code referrer} names the asking element. */
  Definition resolve(String modelRef, Scope scope, Element referrer) {
    Element local = scope.modelDefinitions.get(modelRef);
    if (local != null) {
      return new Definition(local, scope);
    }
    Element external = scope.externalDefinitions.get(modelRef);
    if (external != null) {
      return resolveExternal(external, scope);
    }
    throw new ModelFormatException(scope.source + ": " + CompXml.describe(referrer) + " refers to model '"
        + modelRef + "', which is neither a modelDefinition nor an externalModelDefinition of the document");
  }

  private Definition resolveExternal(Element external, Scope scope) {
    String sourceUri = CompXml.compAttr(external, "source");
    if (sourceUri == null) {
      throw new ModelFormatException(scope.source + ": " + CompXml.describe(external) + " has no comp:source");
    }
    if (sourceUri.contains(":")) {
      throw new UnsupportedFeatureException("comp:externalModelDefinition with a non-file source URI '"
          + sourceUri + "' (only paths relative to the model file are read)", scope.source + " " + CompXml.describe(external));
    }
    if (scope.baseDir == null) {
      throw new ModelFormatException(scope.source + ": " + CompXml.describe(external) + " needs file '" + sourceUri
          + "', but the model was not read from a file, so there is no folder to resolve it against");
    }
    Path file = scope.baseDir.resolve(sourceUri).toAbsolutePath().normalize();
    Scope target = loaded.get(file);
    if (target == null) {
      String xml;
      try {
        xml = Files.readString(file);
      } catch (IOException e) {
        throw new ModelFormatException(scope.source + ": " + CompXml.describe(external)
            + " refers to external model file " + file + ", which cannot be read: " + e.getMessage(), e);
      }
      target = new Scope(parse(xml, file.toString()), file.toString(), file.getParent());
      loaded.put(file, target);
    }
    String modelRef = CompXml.compAttr(external, "modelRef");
    if (modelRef == null || (target.mainModel != null && modelRef.equals(CompXml.attr(target.mainModel, "id")))) {
      if (target.mainModel == null) {
        throw new ModelFormatException(file + ": the external model document has no model");
      }
      return new Definition(target.mainModel, target);
    }
    return resolve(modelRef, target, external);
  }

  /** Parses SBML namespace-aware, with DTDs and external entities disabled. */
  static Document parse(String xml, String source) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new DefaultHandler()); // fatal errors throw; nothing is printed to stderr
      return b.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new ModelFormatException(source + ": not readable as XML: " + e.getMessage(), e);
    }
  }
}

package org.regenarch.engine.fba;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.regenarch.engine.ModelFormatException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Removes the fbc package from SBML text, leaving the core model: every element and attribute in an
 * fbc namespace and the {@code xmlns:fbc} declarations. The time-course engine rejects fbc models,
 * but their core part (parameters, initial assignments, rules, stoichiometries) is plain SBML that
 * the engine evaluates. JSBML's writer cannot do this: with the package disabled it still writes
 * {@code fbc:} attributes without declaring the prefix.
 */
final class CoreModelXml {

  /** Namespace URIs of fbc versions 1 to 3 all contain this path segment (fbc specification: http://www.sbml.org/sbml/level3/version1/fbc/versionN). */
  private static final String FBC_NAMESPACE_MARKER = "/fbc/version";

  private CoreModelXml() {}

  static String withoutFbc(String xml, String source) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      // SBML has no DTD; refusing one also rules out external entity expansion.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new ThrowingErrorHandler()); // the default one also prints to stderr
      Document doc = builder.parse(new InputSource(new StringReader(xml)));
      strip(doc.getDocumentElement());
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (Exception e) { // NOPMD: parser and transformer declare several checked exceptions
      throw new ModelFormatException(source + ": not readable as XML: " + e.getMessage(), e);
    }
  }

  /** Reports parse problems only through the exception (with its message), never on stderr. */
  private static final class ThrowingErrorHandler implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {
      // warnings do not stop the parse and carry nothing the caller needs
    }

    @Override
    public void error(SAXParseException e) throws SAXParseException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      throw e;
    }
  }

  private static void strip(Element element) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = attributes.getLength() - 1; i >= 0; i--) {
      Attr a = (Attr) attributes.item(i);
      boolean declaresFbc = XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI()) && isFbc(a.getValue());
      if (declaresFbc || isFbc(a.getNamespaceURI())) {
        element.removeAttributeNode(a);
      }
    }
    Node child = element.getFirstChild();
    while (child != null) {
      Node next = child.getNextSibling();
      if (child instanceof Element e) {
        if (isFbc(e.getNamespaceURI())) {
          element.removeChild(e);
        } else {
          strip(e);
        }
      }
      child = next;
    }
  }

  private static boolean isFbc(String namespaceUri) {
    return namespaceUri != null && namespaceUri.contains(FBC_NAMESPACE_MARKER);
  }
}

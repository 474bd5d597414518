/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A rendered page read with the JDK's XML parser (the pages are well-formed), queried with XPath.
 * Parsing fails the test when the markup is not well-formed.
 */
final class PageDocument {
  private final Document document;

  private PageDocument(Document document) {
    this.document = document;
  }

  static PageDocument parse(String html) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return new PageDocument(
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(html))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + e.getMessage(), e);
    }
  }

  /** The text of the first node matching {@code xpath}, whitespace collapsed; "" when none. */
  String text(String xpath) {
    List<String> all = texts(xpath);
    return all.isEmpty() ? "" : all.get(0);
  }

  /** The texts of every node matching {@code xpath}, whitespace collapsed. */
  List<String> texts(String xpath) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = nodes(xpath);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().replaceAll("\\s+", " ").trim());
    }
    return texts;
  }

  /** How many nodes match {@code xpath}. */
  int count(String xpath) {
    return nodes(xpath).getLength();
  }

  private NodeList nodes(String xpath) {
    try {
      return (NodeList) XPathFactory.newInstance().newXPath()
          .evaluate(xpath, document, XPathConstants.NODESET);
    } catch (Exception e) {
      throw new AssertionError("bad xpath " + xpath, e);
    }
  }

  Node root() {
    return document.getDocumentElement();
  }
}

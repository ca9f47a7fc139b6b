package org.agora.interchange.qti;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** An exported package read back: its entries, and XPath over its XML (namespaces ignored, as Canvas's importer ignores them). */
record QtiZip(Map<String, byte[]> entries) {

    static QtiZip of(byte[] zip) {
        assertNotNull(zip, "no zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return new QtiZip(entries);
    }

    static QtiZip export(String text) {
        QtiExporter.Export export = new QtiExporter().export("quizzes/t.md", text);
        if (!export.ok()) {
            throw new AssertionError(export.errors().toString());
        }
        return of(export.zip());
    }

    /** The assessment: the one entry named {@code ID/ID.xml}. */
    Document assessment() {
        return entries.keySet().stream().filter(n -> n.matches("(g[0-9a-f]{32})/\\1\\.xml")).findFirst()
                .map(this::xml).orElseThrow(() -> new AssertionError("no assessment in " + entries.keySet()));
    }

    Document meta() {
        return entries.keySet().stream().filter(n -> n.endsWith("/assessment_meta.xml")).findFirst().map(this::xml)
                .orElseThrow();
    }

    Document xml(String name) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get(name)));
        } catch (Exception e) {
            throw new AssertionError(name, e);
        }
    }

    static String value(Node context, String xpath) {
        try {
            return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    static List<Node> nodes(Node context, String xpath) {
        try {
            NodeList list = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NODESET);
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                nodes.add(list.item(i));
            }
            return nodes;
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    static List<String> values(Node context, String xpath) {
        return nodes(context, xpath).stream().map(Node::getTextContent).toList();
    }

    /** The item titled {@code title}. */
    static Node item(Document assessment, String title) {
        List<Node> items = nodes(assessment, "//item[@title='" + title + "']");
        if (items.size() != 1) {
            throw new AssertionError(items.size() + " items titled " + title);
        }
        return items.get(0);
    }

    static String metadata(Node item, String label) {
        return value(item, "itemmetadata/qtimetadata/qtimetadatafield[fieldlabel='" + label + "']/fieldentry");
    }
}

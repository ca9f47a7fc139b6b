package org.agora.interchange.qti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * Every exported manifest is valid IMS Content Packaging 1.1.4 ({@code src/test/resources/xsd/}).
 * The export writes the manifest in the namespace of CP's Common Cartridge profile, as Canvas and
 * text2qti do, so the schema is read with its target namespace replaced by that one: the same
 * schema, in the namespace Canvas imports. Imports and DTDs resolve to the local copies only.
 */
class QtiManifestSchemaTest {

    private static final String CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
    /** What the schema imports (xml.xsd) and what xml.xsd's DOCTYPE names: stored beside it. */
    private static final Set<String> LOCAL = Set.of("xml.xsd", "XMLSchema.dtd", "datatypes.dtd");

    private static Schema schema() throws SAXException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setResourceResolver((type, ns, publicId, systemId, base) -> {
            String name = systemId == null ? "" : systemId.replaceFirst(".*/", "");
            if (!LOCAL.contains(name)) {
                throw new IllegalStateException("the schema asks for " + systemId + ", which is not stored locally");
            }
            LSInput input = ls().createLSInput();
            input.setPublicId(publicId);
            input.setSystemId(systemId);
            input.setByteStream(new ByteArrayInputStream(resource(name)));
            return input;
        });
        String cp = new String(resource("imscp_v1p1.xsd"), StandardCharsets.UTF_8).replace("\"" + CP_NS + "\"",
                "\"" + QtiPackage.MANIFEST_NS + "\"");
        StreamSource source = new StreamSource(new ByteArrayInputStream(cp.getBytes(StandardCharsets.UTF_8)));
        source.setSystemId("local:/xsd/imscp_v1p1.xsd");
        return f.newSchema(source);
    }

    private static DOMImplementationLS ls() {
        try {
            return (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = QtiManifestSchemaTest.class.getResourceAsStream("/xsd/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void validate(byte[] manifest) throws SAXException, IOException {
        Validator v = schema().newValidator();
        v.validate(new StreamSource(new ByteArrayInputStream(manifest)));
    }

    @Test
    void everyShippedQuizsManifestIsValid() throws Exception {
        int n = 0;
        for (Path file : QtiQuizzes.shipped()) {
            QtiExporter.Export export = new QtiExporter().export("quizzes/" + file.getFileName(), Files.readString(file));
            validate(QtiZip.of(export.zip()).entries().get("imsmanifest.xml"));
            n++;
        }
        validate(QtiZip.export(QtiQuizzes.EVERY_TYPE).entries().get("imsmanifest.xml"));
        assertEquals(9, n, "the shipped quizzes");
    }

    /** The schema does check: a resource without its required type is refused. */
    @Test
    void aManifestTheSchemaRefusesFails() {
        String bad = new String(QtiZip.export(QtiQuizzes.EVERY_TYPE).entries().get("imsmanifest.xml"),
                StandardCharsets.UTF_8).replace(" type=\"imsqti_xmlv1p2\"", "");
        assertThrows(SAXException.class, () -> validate(bad.getBytes(StandardCharsets.UTF_8)));
    }
}

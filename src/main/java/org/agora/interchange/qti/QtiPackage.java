package org.agora.interchange.qti;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip Canvas imports as a "QTI .zip file", laid out as text2qti lays it out:
 * {@code imsmanifest.xml}, {@code ID/ID.xml} (the QTI assessment) and {@code ID/assessment_meta.xml}
 * (Canvas's quiz settings). Every entry has the same fixed time, so the same quiz gives the same bytes.
 */
final class QtiPackage {

    /** IMS Content Packaging 1.1 in the namespace of its Common Cartridge profile, as Canvas and text2qti write it. */
    static final String MANIFEST_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1";
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private QtiPackage() {
    }

    static byte[] zip(QtiIds ids, byte[] assessment, byte[] meta) {
        String folder = ids.assessment() + "/";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", manifest(ids));
        entries.put(folder + ids.assessment() + ".xml", assessment);
        entries.put(folder + "assessment_meta.xml", meta);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(ENTRY_TIME); // a DOS time, independent of the time zone
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: not expected
        }
        return bytes.toByteArray();
    }

    /** The assessment as a QTI resource that depends on its Canvas settings, as Canvas's importer looks for them. */
    static byte[] manifest(QtiIds ids) {
        String folder = ids.assessment() + "/";
        return QtiXml.document("manifest", MANIFEST_NS, new String[] {"identifier", ids.manifest()}, x -> {
            x.open("metadata").text("schema", "IMS Content").text("schemaversion", "1.1.3").close();
            x.empty("organizations");
            x.open("resources");
            x.open("resource", "identifier", ids.assessment(), "type", "imsqti_xmlv1p2")
                    .empty("file", "href", folder + ids.assessment() + ".xml")
                    .empty("dependency", "identifierref", ids.meta()).close();
            x.open("resource", "identifier", ids.meta(), "type", "associatedcontent/imscc_xmlv1p1/learning-application-resource",
                    "href", folder + "assessment_meta.xml").empty("file", "href", folder + "assessment_meta.xml").close();
            x.close();
        });
    }
}

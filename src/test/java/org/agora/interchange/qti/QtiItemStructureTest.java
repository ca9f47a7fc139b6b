package org.agora.interchange.qti;

import static org.agora.interchange.qti.QtiZip.nodes;
import static org.agora.interchange.qti.QtiZip.value;
import static org.agora.interchange.qti.QtiZip.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The assessment's structure, element by element in the order QTI 1.2 ASI prescribes, for every
 * item of every type. This stands in for validation against {@code ims_qtiasiv1p2p1.xsd}, which
 * could not be obtained (see {@code src/test/resources/xsd/README.md}): it checks the parts Canvas
 * reads, not the whole schema.
 */
class QtiItemStructureTest {

    @Test
    void everyItemOfEveryTypeHasQtiStructure() {
        Document qti = QtiZip.export(QtiQuizzes.EVERY_TYPE).assessment();
        check(qti);
        assertEquals(List.of("multiple_choice_question", "true_false_question", "multiple_answers_question",
                "short_answer_question", "numerical_question", "matching_question", "matching_question",
                "essay_question"), values(qti, "//item/itemmetadata/qtimetadata/qtimetadatafield[fieldlabel='question_type']/fieldentry"));
    }

    @Test
    void everyShippedItemHasQtiStructure() throws Exception {
        for (Path file : QtiQuizzes.shipped()) {
            check(QtiZip.of(new QtiExporter().export("quizzes/" + file.getFileName(), Files.readString(file)).zip()).assessment());
        }
    }

    private static void check(Document qti) {
        Element root = qti.getDocumentElement();
        assertEquals("questestinterop", root.getTagName());
        assertEquals(QtiExporter.QTI_NS, root.getAttribute("xmlns"));
        assertEquals(List.of("assessment"), children(root));
        assertEquals(List.of("section"), children(nodes(root, "assessment").get(0)));
        Set<String> items = new HashSet<>();
        for (Node item : nodes(qti, "//item")) {
            String id = ((Element) item).getAttribute("ident");
            assertTrue(items.add(id), "ident used twice: " + id);
            item(item, id);
        }
        assertFalse(items.isEmpty());
    }

    private static void item(Node item, String id) {
        List<String> parts = children(item);
        assertEquals(List.of("itemmetadata", "presentation", "resprocessing"), parts.subList(0, 3), id);
        parts.subList(3, parts.size()).forEach(p -> assertEquals("itemfeedback", p, id));
        assertEquals(List.of("question_type", "points_possible", "original_answer_ids", "assessment_question_identifierref"),
                values(item, "itemmetadata/qtimetadata/qtimetadatafield/fieldlabel"), id);
        assertEquals(List.of("qtimetadatafield"), distinct(children(nodes(item, "itemmetadata/qtimetadata").get(0))), id);

        Node presentation = nodes(item, "presentation").get(0);
        List<String> shown = children(presentation);
        assertEquals("material", shown.get(0), id);
        assertEquals("text/html", value(presentation, "material/mattext/@texttype"), id);
        assertTrue(shown.size() > 1, id);
        for (Node response : nodes(presentation, "*[position() > 1]")) {
            String kind = response.getNodeName();
            assertTrue(kind.equals("response_lid") || kind.equals("response_str"), id + ": " + kind);
            List<String> inside = children(response);
            assertEquals(kind.equals("response_lid") ? "render_choice" : "render_fib", inside.get(inside.size() - 1), id);
            assertEquals(List.of("response_label"), distinct(children(nodes(response, "*[last()]").get(0))), id);
        }
        for (Node label : nodes(presentation, ".//render_choice/response_label")) {
            assertEquals(List.of("material"), children(label), id);
        }

        Node scoring = nodes(item, "resprocessing").get(0);
        List<String> steps = children(scoring);
        assertEquals("outcomes", steps.get(0), id);
        assertEquals("SCORE", value(scoring, "outcomes/decvar/@varname"), id);
        assertEquals(List.of("respcondition"), distinct(steps.subList(1, steps.size())), id);
        if (!value(item, "itemmetadata//qtimetadatafield[fieldlabel='question_type']/fieldentry").equals("essay_question")) {
            assertFalse(nodes(scoring, "respcondition[setvar[@varname='SCORE']]/conditionvar[.//varequal or .//vargte]")
                    .isEmpty(), id + ": no condition sets SCORE");
        }
        Set<String> feedback = new HashSet<>(values(item, "itemfeedback/@ident"));
        for (Node c : nodes(scoring, "respcondition")) {
            List<String> inside = children(c);
            assertEquals("conditionvar", inside.get(0), id);
            List<String> after = new ArrayList<>(inside.subList(1, inside.size()));
            int shows = after.indexOf("displayfeedback");
            assertTrue(shows < 0 || after.lastIndexOf("setvar") < shows, id + ": setvar before displayfeedback");
            for (String ref : values(c, "displayfeedback/@linkrefid")) {
                assertTrue(feedback.contains(ref), id + ": no itemfeedback " + ref);
            }
        }
        for (Node f : nodes(item, "itemfeedback")) {
            assertEquals("text/html", value(f, "flow_mat/material/mattext/@texttype"), id);
        }
        // HTML travels as escaped text: no mattext has element children
        assertEquals(List.of(), nodes(item, ".//mattext/*"), id);
    }

    private static List<String> children(Node n) {
        List<String> names = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                names.add(c.getNodeName());
            }
        }
        return names;
    }

    private static List<String> distinct(List<String> names) {
        return names.stream().distinct().toList();
    }
}

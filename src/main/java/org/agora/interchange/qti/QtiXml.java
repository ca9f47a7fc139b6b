package org.agora.interchange.qti;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small, indenting front of the JDK's {@link XMLStreamWriter}: every element of the package is
 * written through it, so texts (HTML included) are always escaped by the writer, never pasted into
 * markup. Attributes are given as name, value pairs. Elements hold either elements or one text,
 * never both, so the indentation adds no text to any element that has one.
 */
public final class QtiXml {

    private final XMLStreamWriter w;
    /** For each open element: whether it has child elements yet (its end tag then goes on its own line). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    private QtiXml(XMLStreamWriter w) {
        this.w = w;
    }

    /** A UTF-8 document whose root {@code root} is in the default namespace {@code ns}; {@code body} writes the rest. */
    static byte[] document(String root, String ns, String[] rootAttributes, Consumer<QtiXml> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            QtiXml x = new QtiXml(w);
            x.newline();
            w.writeStartElement("", root, ns);
            w.writeDefaultNamespace(ns);
            x.attributes(rootAttributes);
            x.open.push(new boolean[] {false});
            body.accept(x);
            x.close();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + root, e);
        }
        return bytes.toByteArray();
    }

    /** Opens {@code name}; close it with {@link #close()}. */
    public QtiXml open(String name, String... attributes) {
        return call(() -> {
            child();
            w.writeStartElement(name);
            attributes(attributes);
            open.push(new boolean[] {false});
        });
    }

    public QtiXml close() {
        return call(() -> {
            if (open.pop()[0]) {
                newline();
            }
            w.writeEndElement();
        });
    }

    /** {@code <name attributes>text</name>}, the text escaped by the writer; an empty text gives an empty element. */
    public QtiXml text(String name, String text, String... attributes) {
        return call(() -> {
            child();
            w.writeStartElement(name);
            attributes(attributes);
            w.writeCharacters(text == null ? "" : text);
            w.writeEndElement();
        });
    }

    /** {@code <name attributes/>}. */
    public QtiXml empty(String name, String... attributes) {
        return call(() -> {
            child();
            w.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    private void child() throws XMLStreamException {
        open.peek()[0] = true;
        newline();
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    private void attributes(String[] nameValue) throws XMLStreamException {
        for (int i = 0; i < nameValue.length; i += 2) {
            w.writeAttribute(nameValue[i], nameValue[i + 1]);
        }
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private QtiXml call(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }
}

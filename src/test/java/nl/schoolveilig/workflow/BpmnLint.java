package nl.schoolveilig.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The readability rules of the team's bpmn-lint ({@code ../shared/tools/bpmn-lint}), in Java so the
 * build checks every diagram without Python or the shared folder: shapes that overlap, labels on
 * shapes or on each other (placed as bpmn-js places them when the file gives no bounds), flows through
 * shapes they do not connect, raw expressions in names, and processes too big to read (a call activity
 * counts as one node: its process is another file).
 */
final class BpmnLint {

    static final int MAX_ELEMENTS = 45;

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    private static final Set<String> CONTAINERS = Set.of("subProcess", "transaction", "participant", "lane", "adHocSubProcess");
    private static final Set<String> SCOPES = Set.of("process", "subProcess", "transaction", "adHocSubProcess", "participant");
    private static final Set<String> NODES = Set.of("task", "userTask", "serviceTask", "businessRuleTask", "scriptTask",
            "sendTask", "receiveTask", "manualTask", "callActivity", "subProcess", "transaction", "exclusiveGateway",
            "inclusiveGateway", "parallelGateway", "eventBasedGateway", "complexGateway", "startEvent", "endEvent",
            "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent");
    private static final Set<String> EXTERNAL_LABEL = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent", "exclusiveGateway", "inclusiveGateway", "parallelGateway",
            "eventBasedGateway", "complexGateway");

    record Box(double x0, double y0, double x1, double y1) {

        boolean meets(Box b, double pad) {
            return Math.min(x1, b.x1) - Math.max(x0, b.x0) > pad && Math.min(y1, b.y1) - Math.max(y0, b.y0) > pad;
        }

        boolean contains(Box b) {
            return x0 <= b.x0 && y0 <= b.y0 && x1 >= b.x1 && y1 >= b.y1;
        }
    }

    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, String> attachedTo = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String[]> flows = new HashMap<>();
    private final Map<String, Box> shapes = new LinkedHashMap<>();
    private final Map<String, Box> labels = new LinkedHashMap<>();
    private final Set<String> estimated = new HashSet<>();
    private final List<String> problems = new ArrayList<>();

    static List<String> check(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        BpmnLint lint = new BpmnLint();
        lint.read(document.getDocumentElement(), null);
        lint.readDiagram(document);
        lint.findProblems();
        return lint.problems;
    }

    private void read(Element node, String parent) {
        for (Element child : children(node, BPMN)) {
            String kind = child.getLocalName();
            String id = child.getAttribute("id");
            if (!id.isEmpty()) {
                kinds.put(id, kind);
                parents.put(id, parent);
                if (!child.getAttribute("name").isEmpty()) {
                    names.put(id, child.getAttribute("name"));
                }
                if (!child.getAttribute("attachedToRef").isEmpty()) {
                    attachedTo.put(id, child.getAttribute("attachedToRef"));
                }
                if (kind.equals("sequenceFlow")) {
                    flows.put(id, new String[] {child.getAttribute("sourceRef"), child.getAttribute("targetRef")});
                }
            }
            if (kind.equals("process")) {
                long nodes = descendants(child).stream().filter(e -> BPMN.equals(e.getNamespaceURI())
                        && NODES.contains(e.getLocalName())).count();
                if (nodes > MAX_ELEMENTS) {
                    problems.add("size: process " + id + " has " + nodes + " flow nodes, subprocesses included (at most "
                            + MAX_ELEMENTS + ")");
                }
            }
            read(child, SCOPES.contains(kind) ? id : parent);
        }
    }

    private void readDiagram(Document document) {
        var shapeList = document.getElementsByTagNameNS(BPMNDI, "BPMNShape");
        for (int i = 0; i < shapeList.getLength(); i++) {
            Element shape = (Element) shapeList.item(i);
            String element = shape.getAttribute("bpmnElement");
            Element bounds = first(shape, DC, "Bounds");
            if (bounds == null) {
                continue;
            }
            Box box = box(bounds);
            shapes.put(element, box);
            Element label = first(shape, BPMNDI, "BPMNLabel");
            Element labelBounds = label == null ? null : first(label, DC, "Bounds");
            if (labelBounds != null) {
                labels.put(element, box(labelBounds));
            } else if (names.containsKey(element) && EXTERNAL_LABEL.contains(kinds.get(element))) {
                labels.put(element, estimatedLabel(names.get(element), (box.x0 + box.x1) / 2, box.y1 + 10));
                estimated.add(element);
            }
        }
        var edgeList = document.getElementsByTagNameNS(BPMNDI, "BPMNEdge");
        for (int i = 0; i < edgeList.getLength(); i++) {
            Element edge = (Element) edgeList.item(i);
            String element = edge.getAttribute("bpmnElement");
            List<double[]> points = new ArrayList<>();
            for (Element waypoint : children(edge, DI)) {
                points.add(new double[] {Double.parseDouble(waypoint.getAttribute("x")), Double.parseDouble(waypoint.getAttribute("y"))});
            }
            edges.put(element, points);
            Element label = first(edge, BPMNDI, "BPMNLabel");
            Element labelBounds = label == null ? null : first(label, DC, "Bounds");
            if (labelBounds != null && names.containsKey(element)) {
                labels.put(element, box(labelBounds));
            } else if (names.containsKey(element) && points.size() >= 2) {
                double middle = points.size() / 2.0 - 1;
                double[] a = points.get((int) middle);
                double[] b = points.get(Math.min(points.size() - 1, (int) Math.ceil(((int) (middle * 100) + 1) / 100.0)));
                labels.put(element, estimatedLabel(names.get(element), (a[0] + b[0]) / 2, (a[1] + b[1]) / 2));
                estimated.add(element);
            }
        }
    }

    private final Map<String, List<double[]>> edges = new LinkedHashMap<>();

    private void findProblems() {
        names.forEach((id, name) -> {
            if (name.contains("${") || name.contains("#{")) {
                problems.add("expression: " + id + " is named \"" + name + "\"");
            }
        });
        List<String> ids = new ArrayList<>(shapes.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                Box ra = shapes.get(a);
                Box rb = shapes.get(b);
                if (!ra.meets(rb, 0) || ra.contains(rb) && container(a) || rb.contains(ra) && container(b)
                        || b.equals(attachedTo.get(a)) || a.equals(attachedTo.get(b))) {
                    continue;
                }
                if ((container(a) || container(b)) && (ancestors(a).contains(b) || ancestors(b).contains(a))) {
                    continue;
                }
                problems.add("overlap: " + a + " and " + b);
            }
        }
        List<String> labelled = new ArrayList<>(labels.keySet());
        for (String l : labelled) {
            Box r = labels.get(l);
            for (var shape : shapes.entrySet()) {
                String s = shape.getKey();
                String source = flows.containsKey(l) ? flows.get(l)[0] : l;
                if (s.equals(l) || container(s) && (shape.getValue().contains(r) || ancestors(l).contains(s)
                        || ancestors(source).contains(s)) || s.equals(attachedTo.get(l)) || l.equals(attachedTo.get(s))) {
                    continue;
                }
                if (r.meets(shape.getValue(), 1.0)) {
                    problems.add("label: the label of " + l + " (\"" + names.getOrDefault(l, "") + "\")" + estimate(l)
                            + " overlaps " + s);
                }
            }
        }
        for (int i = 0; i < labelled.size(); i++) {
            for (int j = i + 1; j < labelled.size(); j++) {
                if (labels.get(labelled.get(i)).meets(labels.get(labelled.get(j)), 1.0)) {
                    problems.add("label: the labels of " + labelled.get(i) + " and " + labelled.get(j) + " overlap"
                            + (estimate(labelled.get(i)) + estimate(labelled.get(j))));
                }
            }
        }
        for (var edge : edges.entrySet()) {
            String[] ends = flows.get(edge.getKey());
            if (ends == null) {
                continue;
            }
            Set<String> skip = new HashSet<>(Set.of(ends[0], ends[1]));
            skip.addAll(ancestors(ends[0]));
            skip.addAll(ancestors(ends[1]));
            attachedTo.forEach((boundary, host) -> {
                if (host.equals(ends[0]) || host.equals(ends[1])) {
                    skip.add(boundary);
                }
            });
            if (attachedTo.containsKey(ends[0])) {
                skip.add(attachedTo.get(ends[0]));
            }
            if (attachedTo.containsKey(ends[1])) {
                skip.add(attachedTo.get(ends[1]));
            }
            List<double[]> points = edge.getValue();
            for (var shape : shapes.entrySet()) {
                if (skip.contains(shape.getKey()) || container(shape.getKey())) {
                    continue;
                }
                for (int k = 0; k + 1 < points.size(); k++) {
                    if (crosses(points.get(k), points.get(k + 1), shape.getValue())) {
                        problems.add("crossing: flow " + edge.getKey() + " (" + ends[0] + " -> " + ends[1]
                                + ") runs through " + shape.getKey());
                        break;
                    }
                }
            }
        }
    }

    /** Does the segment p-q pass through the inside of the box (shrunk by 3 px)? Liang-Barsky clipping. */
    private static boolean crosses(double[] p, double[] q, Box r) {
        double x0 = r.x0 + 3, y0 = r.y0 + 3, x1 = r.x1 - 3, y1 = r.y1 - 3;
        if (x0 >= x1 || y0 >= y1) {
            return false;
        }
        double t0 = 0, t1 = 1, dx = q[0] - p[0], dy = q[1] - p[1];
        double[][] sides = {{-dx, p[0] - x0}, {dx, x1 - p[0]}, {-dy, p[1] - y0}, {dy, y1 - p[1]}};
        for (double[] side : sides) {
            if (side[0] == 0) {
                if (side[1] < 0) {
                    return false;
                }
            } else {
                double t = side[1] / side[0];
                if (side[0] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return t1 - t0 > 1e-6;
    }

    private static Box estimatedLabel(String name, double cx, double cy) {
        int chars = name.length();
        int lines = Math.max(1, -Math.floorDiv(-chars * 6, 90));
        double w = Math.min(90, chars * 6);
        double h = 14.0 * lines;
        return new Box(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
    }

    private String estimate(String id) {
        return estimated.contains(id) ? " (estimated position)" : "";
    }

    private boolean container(String id) {
        return CONTAINERS.contains(kinds.get(id));
    }

    private Set<String> ancestors(String id) {
        Set<String> seen = new HashSet<>();
        String current = id;
        while (parents.get(current) != null && seen.add(parents.get(current))) {
            current = parents.get(current);
        }
        return seen;
    }

    private static Box box(Element bounds) {
        double x = Double.parseDouble(bounds.getAttribute("x"));
        double y = Double.parseDouble(bounds.getAttribute("y"));
        return new Box(x, y, x + Double.parseDouble(bounds.getAttribute("width")), y + Double.parseDouble(bounds.getAttribute("height")));
    }

    private static List<Element> children(Element node, String namespace) {
        List<Element> result = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && namespace.equals(element.getNamespaceURI())) {
                result.add(element);
            }
        }
        return result;
    }

    private static List<Element> descendants(Element node) {
        List<Element> result = new ArrayList<>();
        var all = node.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            result.add((Element) all.item(i));
        }
        return result;
    }

    private static Element first(Element node, String namespace, String localName) {
        var found = node.getElementsByTagNameNS(namespace, localName);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }
}

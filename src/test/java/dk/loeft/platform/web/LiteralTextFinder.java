package dk.loeft.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * Finds text a user would read that is written literally in a Thymeleaf template instead of coming
 * from the message bundles: text nodes and user-visible attributes (title, alt, aria-label,
 * aria-description, placeholder, an option's label, a button input's value) that contain letters
 * and that nothing replaces when the page renders.
 *
 * <p>Not checked, because the browser never shows it: the content of {@code script} and {@code
 * style}, comments, the prototype body of an element whose content is replaced ({@code th:text},
 * {@code th:utext}, {@code th:errors}, {@code sec:authentication}), elements that {@code th:remove} drops, and the
 * prototype body of an element that {@code th:replace}/{@code th:insert} swaps for another fragment,
 * except the parts it hands on with {@code ~{::selector}}, as pages do to the layout.
 * Inlined expressions ({@code [[...]]}, {@code [(...)]}) and character references are not text.
 */
final class LiteralTextFinder {

    record Finding(String template, int line, String what) {
        @Override
        public String toString() {
            return template + ":" + line + ": " + what;
        }
    }

    private static final Set<String> CONTENT_REPLACING = Set.of("text", "utext", "errors");
    private static final Set<String> FRAGMENT_INSERTING = Set.of("replace", "insert", "include", "substituteby");
    private static final Set<String> NOT_RENDERED_AS_TEXT = Set.of("script", "style", "template");
    private static final Set<String> BUTTON_INPUT_TYPES = Set.of("submit", "button", "reset");
    private static final Pattern LOCAL_SELECTOR = Pattern.compile("~\\{\\s*(this\\s*)?::");
    private static final Pattern HANDED_ON = Pattern.compile("~\\{\\s*(?:this\\s*)?::([^}]*)}");
    private static final Pattern SIMPLE_SELECTOR = Pattern.compile("[A-Za-z][\\w-]*(?:[#.][\\w-]+)?|[#.][\\w-]+");
    private static final Pattern NOT_TEXT = Pattern.compile(
            "\\[\\[.*?]]|\\[\\(.*?\\)]|&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);", Pattern.DOTALL);

    private final List<Finding> findings = new ArrayList<>();
    private final String template;

    private LiteralTextFinder(String template) {
        this.template = template;
    }

    /** Every literal user-visible text in the template, with its line. */
    static List<Finding> find(String template, String markup) {
        LiteralTextFinder finder = new LiteralTextFinder(template);
        TreeBuilder tree = new TreeBuilder();
        try {
            new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(markup, tree);
        } catch (ParseException e) {
            finder.findings.add(new Finding(template, 0, "cannot be parsed: " + e.getMessage()));
            return finder.findings;
        }
        finder.visitChildren(tree.root);
        return finder.findings;
    }

    private void visitChildren(Node parent) {
        parent.children.forEach(this::visit);
    }

    private void visit(Node node) {
        if (node.isText()) {
            if (hasLetters(node.text)) {
                findings.add(new Finding(template, node.line, "text \"" + shorten(node.text) + "\""));
            }
        } else {
            visitElement(node);
        }
    }

    private void visitElement(Node element) {
        String remove = thymeleafAttribute(element, "remove");
        if ("all".equals(remove)) {
            return;
        }
        checkAttributes(element);
        if (NOT_RENDERED_AS_TEXT.contains(element.name) || "body".equals(remove) || replacesItsContent(element)) {
            return;
        }
        List<String> handedOn = selectorsHandedOn(element);
        if (!handedOn.isEmpty()) {
            visitSelected(element, handedOn);
            return;
        }
        if ("all-but-first".equals(remove)) {
            element.children.stream()
                    .filter(child -> !child.isText())
                    .findFirst()
                    .ifPresent(this::visit);
            return;
        }
        visitChildren(element);
    }

    private void checkAttributes(Node element) {
        element.attributes.forEach((attribute, value) -> {
            if (isUserVisible(element, attribute) && hasLetters(value) && !isReplaced(element, attribute)) {
                findings.add(new Finding(
                        template,
                        element.attributeLines.get(attribute),
                        "attribute " + attribute + "=\"" + shorten(value) + "\" on <" + element.name + ">"));
            }
        });
    }

    private static boolean isUserVisible(Node node, String attribute) {
        String element = node.name;
        return switch (attribute) {
            case "title", "alt", "aria-label", "aria-description", "aria-roledescription", "placeholder" -> true;
            case "label" -> element.equals("option") || element.equals("optgroup") || element.equals("track");
            case "value" ->
                element.equals("input")
                        && BUTTON_INPUT_TYPES.contains(
                                String.valueOf(node.attributes.get("type")).toLowerCase(Locale.ROOT));
            default -> false;
        };
    }

    /** Whether Thymeleaf sets the attribute when rendering: th:x, data-th-x, th:attr or th:alt-title. */
    private static boolean isReplaced(Node element, String attribute) {
        if (thymeleafAttribute(element, attribute) != null) {
            return true;
        }
        if ((attribute.equals("alt") || attribute.equals("title"))
                && thymeleafAttribute(element, "alt-title") != null) {
            return true;
        }
        String attr = thymeleafAttribute(element, "attr");
        return attr != null
                && Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=")
                        .matcher(attr)
                        .find();
    }

    /**
     * A page that replaces itself with the layout and hands on parts of its own body ({@code
     * th:replace="~{layout :: page(#{title}, ~{::section}, ...)}"}): only those parts render. The
     * selectors understood are {@code name}, {@code #id}, {@code .class}, {@code name#id}, {@code
     * name.class} and fragment names; with any other, the whole body counts as rendered.
     */
    private static List<String> selectorsHandedOn(Node element) {
        List<String> selectors = new ArrayList<>();
        for (String processor : FRAGMENT_INSERTING) {
            String fragment = thymeleafAttribute(element, processor);
            if (fragment == null) {
                continue;
            }
            Matcher local = HANDED_ON.matcher(fragment);
            while (local.find()) {
                String selector = local.group(1).strip();
                if (!SIMPLE_SELECTOR.matcher(selector).matches()) {
                    return List.of();
                }
                selectors.add(selector);
            }
        }
        return selectors;
    }

    private void visitSelected(Node parent, List<String> selectors) {
        for (Node child : parent.children) {
            if (!child.isText()) {
                if (selectors.stream().anyMatch(selector -> matches(child, selector))) {
                    visit(child);
                } else {
                    visitSelected(child, selectors);
                }
            }
        }
    }

    private static boolean matches(Node element, String selector) {
        String name = element.name;
        String fragment = thymeleafAttribute(element, "fragment");
        if (fragment != null && fragment.replaceFirst("\\(.*", "").strip().equals(selector)) {
            return true;
        }
        Matcher parts =
                Pattern.compile("^([A-Za-z][\\w-]*)?(?:([#.])([\\w-]+))?$").matcher(selector);
        if (!parts.matches()) {
            return false;
        }
        if (parts.group(1) != null && !parts.group(1).equalsIgnoreCase(name)) {
            return false;
        }
        if (parts.group(2) == null) {
            return true;
        }
        if (parts.group(2).equals("#")) {
            return parts.group(3).equals(element.attributes.get("id"));
        }
        String classes = element.attributes.get("class");
        return classes != null && Arrays.asList(classes.trim().split("\\s+")).contains(parts.group(3));
    }

    private static boolean replacesItsContent(Node element) {
        for (String processor : CONTENT_REPLACING) {
            if (thymeleafAttribute(element, processor) != null) {
                return true;
            }
        }
        if (element.attributes.containsKey("sec:authentication")) {
            return true;
        }
        for (String processor : FRAGMENT_INSERTING) {
            String fragment = thymeleafAttribute(element, processor);
            if (fragment != null && !LOCAL_SELECTOR.matcher(fragment).find()) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String thymeleafAttribute(Node element, String processor) {
        String value = element.attributes.get("th:" + processor);
        return value != null ? value : element.attributes.get("data-th-" + processor);
    }

    static boolean hasLetters(String text) {
        return NOT_TEXT.matcher(text).replaceAll(" ").codePoints().anyMatch(Character::isLetter);
    }

    private static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }

    /** An element (name and attributes lower-cased) or a text, with the line it starts on. */
    private static final class Node {
        final String name;
        final String text;
        final int line;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final Map<String, Integer> attributeLines = new LinkedHashMap<>();
        final List<Node> children = new ArrayList<>();

        private Node(String name, String text, int line) {
            this.name = name;
            this.text = text;
            this.line = line;
        }

        static Node element(String name, int line) {
            return new Node(name.toLowerCase(Locale.ROOT), "", line);
        }

        static Node text(String text, int line) {
            return new Node("", text, line);
        }

        boolean isText() {
            return name.isEmpty();
        }
    }

    /**
     * Builds the element tree from attoparser's events, which carry exact lines (its own DOM
     * builder does not). Unclosed elements are closed by the parser's HTML balancing.
     */
    private static final class TreeBuilder extends AbstractMarkupHandler {
        final Node root = Node.element("#document", 1);
        private final List<Node> open = new ArrayList<>(List.of(root));
        private Node current = root;

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
            current = Node.element(new String(buffer, offset, len), line);
            open.getLast().children.add(current);
            open.add(current);
        }

        @Override
        public void handleStandaloneElementStart(
                char[] buffer, int offset, int len, boolean minimized, int line, int col) {
            current = Node.element(new String(buffer, offset, len), line);
            open.getLast().children.add(current);
        }

        @Override
        public void handleAttribute(
                char[] buffer,
                int nameOffset,
                int nameLen,
                int nameLine,
                int nameCol,
                int operatorOffset,
                int operatorLen,
                int operatorLine,
                int operatorCol,
                int valueContentOffset,
                int valueContentLen,
                int valueOuterOffset,
                int valueOuterLen,
                int valueLine,
                int valueCol) {
            String attribute = new String(buffer, nameOffset, nameLen).toLowerCase(Locale.ROOT);
            current.attributes.put(attribute, new String(buffer, valueContentOffset, valueContentLen));
            current.attributeLines.put(attribute, nameLine);
        }

        @Override
        public void handleCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
            close(new String(buffer, offset, len));
        }

        @Override
        public void handleAutoCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
            close(new String(buffer, offset, len));
        }

        private void close(String name) {
            String closing = name.toLowerCase(Locale.ROOT);
            for (int i = open.size() - 1; i > 0; i--) {
                if (open.get(i).name.equals(closing)) {
                    open.subList(i, open.size()).clear();
                    return;
                }
            }
        }

        @Override
        public void handleText(char[] buffer, int offset, int len, int line, int col) {
            String text = new String(buffer, offset, len);
            int leading = text.length() - text.stripLeading().length();
            int newlines = (int)
                    text.substring(0, leading).chars().filter(c -> c == '\n').count();
            open.getLast().children.add(Node.text(text, line + newlines));
        }
    }
}

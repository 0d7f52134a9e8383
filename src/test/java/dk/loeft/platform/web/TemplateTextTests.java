package dk.loeft.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the Danish message bundles (conventions §8): no literal text in
 * templates, no message key that a bundle lacks, no bundle the application does not load.
 */
class TemplateTextTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");

    /** {@code #{key}} and {@code #{key(args)}}. */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_.\\-]+)\\s*[}(]");

    /** {@code #{'prefix.' + ${...}}}: some key must start with the prefix. */
    private static final Pattern KEY_PREFIX = Pattern.compile("#\\{\\s*'([A-Za-z0-9_.\\-]+)'\\s*\\+");

    @Test
    void noTemplateHasLiteralTextAUserWouldRead() throws IOException {
        List<LiteralTextFinder.Finding> findings = new ArrayList<>();
        for (Path template : templates()) {
            findings.addAll(LiteralTextFinder.find(name(template), Files.readString(template)));
        }

        assertThat(findings)
                .as("Literal text in templates: use th:text=\"#{key}\" (or th:title, th:aria-label, ...) "
                        + "with the key in the module's i18n bundle")
                .isEmpty();
    }

    @Test
    void everyMessageKeyTheTemplatesUseExistsInTheBundles() throws IOException {
        Map<String, String> messages = allMessages();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            String markup = Files.readString(template);
            Matcher key = LITERAL_KEY.matcher(markup);
            while (key.find()) {
                if (!messages.containsKey(key.group(1))) {
                    missing.add(name(template) + ":" + lineAt(markup, key.start()) + ": #{" + key.group(1) + "}");
                }
            }
            Matcher prefix = KEY_PREFIX.matcher(markup);
            while (prefix.find()) {
                String start = prefix.group(1);
                if (messages.keySet().stream().noneMatch(k -> k.startsWith(start))) {
                    missing.add(name(template) + ":" + lineAt(markup, prefix.start()) + ": no key starts with '" + start
                            + "'");
                }
            }
        }

        assertThat(missing)
                .as("Message keys used in templates but missing from messages.properties and i18n/*.properties")
                .isEmpty();
    }

    @Test
    void everyBundleIsLoadedByTheApplication() throws IOException {
        List<String> registered = registeredBasenames();

        try (Stream<Path> bundles = Files.list(RESOURCES.resolve("i18n"))) {
            assertThat(bundles.map(RESOURCES::relativize)
                            .map(path -> path.toString().replace('\\', '/').replaceFirst("\\.properties$", "")))
                    .as("Bundles in i18n/ that spring.messages.basename does not name")
                    .allMatch(registered::contains);
        }
        assertThat(registered).contains("messages");
    }

    @Test
    void noMessageKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, List<String>> bundlesByKey = new LinkedHashMap<>();
        for (Path bundle : bundles()) {
            for (String key : load(bundle).stringPropertyNames()) {
                bundlesByKey
                        .computeIfAbsent(key, k -> new ArrayList<>())
                        .add(RESOURCES.relativize(bundle).toString());
            }
        }

        assertThat(bundlesByKey)
                .as("Keys in more than one bundle: only the first registered bundle's text is ever shown")
                .allSatisfy((key, bundles) -> assertThat(bundles).as(key).hasSize(1));
    }

    // --- The finder itself, on small templates ------------------------------------------------

    @Test
    void findsLiteralTextAndLiteralUserVisibleAttributesWithTheirLines() {
        String markup = """
                <section>
                  <h1>Oversigt</h1>
                  <input type="search" placeholder="Søg">
                  <a href="/x" title="Gå videre"><span th:text="#{x}">Videre</span></a>
                  <input type="submit" value="Gem">
                  <img src="a.png" alt="Logo">
                  <button aria-label="Luk" th:text="#{close}">Luk</button>
                </section>""";

        assertThat(LiteralTextFinder.find("t.html", markup))
                .extracting(LiteralTextFinder.Finding::toString)
                .containsExactly(
                        "t.html:2: text \"Oversigt\"",
                        "t.html:3: attribute placeholder=\"Søg\" on <input>",
                        "t.html:4: attribute title=\"Gå videre\" on <a>",
                        "t.html:5: attribute value=\"Gem\" on <input>",
                        "t.html:6: attribute alt=\"Logo\" on <img>",
                        "t.html:7: attribute aria-label=\"Luk\" on <button>");
    }

    @Test
    void acceptsTextThatThymeleafReplacesOrRemovesAndTextWithoutWords() {
        String markup = """
                <section>
                  <p th:text="#{a}">Prototype <b>fed</b></p>
                  <p data-th-utext="#{b}">Prototype</p>
                  <div th:replace="~{fragments :: table}"><p>Eksempel</p></div>
                  <table><tr th:remove="all"><td>Eksempelrække</td></tr></table>
                  <ul th:remove="all-but-first"><li th:text="#{c}">Første</li><li>Anden</li></ul>
                  <a th:title="#{d}" title="Titel" th:attr="aria-label=#{e}" aria-label="Mærkat">[[#{f}]]</a>
                  <img th:alt-title="#{g}" alt="Billede" title="Billede">
                  <input type="text" value="Data" name="q">
                  <span sec:authentication="name">Bruger</span>
                  <p>&nbsp;&ndash; 42 % [(${count})]</p>
                  <!-- kommentar -->
                  <style>.a::after { content: "tekst"; }</style>
                  <script>const besked = 'tekst';</script>
                </section>""";

        assertThat(LiteralTextFinder.find("t.html", markup)).isEmpty();
    }

    @Test
    void checksOnlyThePartsAPageHandsToTheLayout() {
        String markup = """
                <html lang="da" th:replace="~{layout :: page(#{t}, ~{::section}, 'x')}">
                <head><title>Prototype</title></head>
                <body>
                <div>Kun i prototypen</div>
                <section>
                  <h1>Overskrift</h1>
                </section>
                </body>
                </html>""";

        assertThat(LiteralTextFinder.find("t.html", markup))
                .extracting(LiteralTextFinder.Finding::toString)
                .containsExactly("t.html:6: text \"Overskrift\"");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> bundles() throws IOException {
        List<Path> bundles = new ArrayList<>();
        bundles.add(RESOURCES.resolve("messages.properties"));
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            files.filter(path -> path.toString().endsWith(".properties"))
                    .sorted()
                    .forEach(bundles::add);
        }
        return bundles;
    }

    private static Map<String, String> allMessages() throws IOException {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Path bundle : bundles()) {
            Properties properties = load(bundle);
            properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
        }
        return messages;
    }

    private static List<String> registeredBasenames() throws IOException {
        String basenames = load(RESOURCES.resolve("application.properties")).getProperty("spring.messages.basename");
        assertThat(basenames).as("spring.messages.basename").isNotBlank();
        return Arrays.stream(basenames.split(",")).map(String::strip).toList();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String name(Path template) {
        return TEMPLATES.relativize(template).toString().replace('\\', '/');
    }

    private static int lineAt(String text, int offset) {
        return 1
                + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }
}

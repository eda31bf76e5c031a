package nl.tafelwerk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dutch and English stay in step, and every key the code asks for exists. */
class MessageBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|Texts\\.get\\([^,]+,|DomainException\\((?:\"[a-zA-Z.]+\",\\s*)?|StaleDataException\\()\\s*\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9.]+)\"");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Properties nl = load("/messages.properties");
        Properties en = load("/messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(nl.stringPropertyNames()));
        nl.stringPropertyNames().forEach(key -> assertThat(nl.getProperty(key)).as(key).isNotBlank());
    }

    /** A key defined twice silently keeps the last text: a refusal then reads like a label (seen in a merge). */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String bundle : new String[] {"src/main/resources/messages.properties", "src/main/resources/messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of(bundle), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as(bundle).isEmpty();
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Properties nl = load("/messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!nl.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

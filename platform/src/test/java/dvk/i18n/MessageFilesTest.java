package dvk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Labels live only in the message files, so the two languages must name the same keys, none of them blank. */
class MessageFilesTest {

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Properties vi = load("vi");
        Properties en = load("en");
        assertTrue(vi.size() > 100, "the Vietnamese file was read: " + vi.size() + " keys");
        Set<String> onlyVi = new TreeSet<>(vi.stringPropertyNames());
        onlyVi.removeAll(en.stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(vi.stringPropertyNames());
        assertEquals(Set.of(), onlyVi, "keys without an English text");
        assertEquals(Set.of(), onlyEn, "keys without a Vietnamese text");
    }

    @Test
    void noTextIsBlank() throws IOException {
        List<String> blank = new ArrayList<>();
        for (String language : List.of("vi", "en")) {
            Properties texts = load(language);
            texts.stringPropertyNames().stream()
                    .filter(key -> texts.getProperty(key).isBlank())
                    .forEach(key -> blank.add(language + ": " + key));
        }
        assertEquals(List.of(), blank);
    }

    private static Properties load(String language) throws IOException {
        String name = "/i18n/messages_" + language + ".properties";
        try (InputStream in = MessageFilesTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is on the classpath");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}

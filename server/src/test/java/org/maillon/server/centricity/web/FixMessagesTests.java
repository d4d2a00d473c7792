package org.maillon.server.centricity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each fix reads as a sentence for one thing and for many in both languages: the count agrees, and
 * an apostrophe of the plural survives MessageFormat, which parses a choice that holds {0} twice.
 */
class FixMessagesTests {

  @ParameterizedTest
  @CsvSource({"i18n/centricity.properties, en", "i18n/centricity_fr.properties, fr"})
  void everyFixReadsForOneAndForMany(String bundle, String language) throws IOException {
    Properties messages = new Properties();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Locale locale = Locale.forLanguageTag(language);
    for (String key : messages.stringPropertyNames()) {
      if (!key.startsWith("centricity.fix.")) {
        continue;
      }
      String pattern = messages.getProperty(key);
      String one = new MessageFormat(pattern, locale).format(new Object[] {1});
      String many = new MessageFormat(pattern, locale).format(new Object[] {16});
      assertThat(one).as(key).doesNotContain("16").doesNotContain("{");
      if (pattern.contains("choice")) {
        assertThat(many).as(key).contains("16");
      }
      int apostrophes = pattern.substring(pattern.indexOf("1<") + 1).split("''", -1).length - 1;
      assertThat(many.chars().filter(c -> c == '\'').count()).as(key).isEqualTo(apostrophes / 2L);
    }
  }
}

package org.maillon.diagnosis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders findings in one language, parsing each message pattern once: a large diagnosis has
 * hundreds of thousands of findings but a dozen codes. Patterns hold text and {@code {n}}
 * placeholders only, substituted as they are, which is all findings need and far cheaper than
 * {@link java.text.MessageFormat}. Not thread-safe; use one per rendering.
 */
public final class FindingMessages {

  private static final String BUNDLE = "org.maillon.diagnosis.findings";

  private final ResourceBundle bundle;
  private final Map<String, Template> templates = new HashMap<>();

  public FindingMessages(Locale locale) {
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The finding explained in one sentence. */
  public String message(Finding finding) {
    return templates.computeIfAbsent(finding.code(), code -> Template.parse(bundle.getString(code)))
        .fill(finding.args());
  }

  /** A pattern cut at its placeholders: {@code texts[i]}, then argument {@code slots[i]}, …, then the last text. */
  private record Template(List<String> texts, int[] slots) {

    static Template parse(String pattern) {
      List<String> texts = new ArrayList<>();
      List<Integer> slots = new ArrayList<>();
      int from = 0;
      int open = pattern.indexOf('{');
      while (open >= 0) {
        int close = pattern.indexOf('}', open);
        texts.add(pattern.substring(from, open));
        slots.add(Integer.parseInt(pattern.substring(open + 1, close)));
        from = close + 1;
        open = pattern.indexOf('{', from);
      }
      texts.add(pattern.substring(from));
      return new Template(texts, slots.stream().mapToInt(Integer::intValue).toArray());
    }

    String fill(List<String> args) {
      int length = 0;
      for (String text : texts) {
        length += text.length();
      }
      for (int slot : slots) {
        length += args.get(slot).length();
      }
      StringBuilder message = new StringBuilder(length).append(texts.get(0));
      for (int i = 0; i < slots.length; i++) {
        message.append(args.get(slots[i])).append(texts.get(i + 1));
      }
      return message.toString();
    }
  }
}

package org.maillon.diagnosis;

import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders findings in one language, parsing each message pattern once: a large diagnosis has
 * hundreds of thousands of findings but a score of kinds. Patterns hold text and {@code {n}}
 * placeholders only, substituted as they are (but decimals, written with the language's separator),
 * which is all findings need and far cheaper than {@link java.text.MessageFormat}. Not thread-safe; use one per rendering.
 */
public final class FindingMessages {

  private static final String BUNDLE = "org.maillon.diagnosis.findings";

  private final ResourceBundle bundle;
  private final char decimalSeparator;
  private final Map<FindingKind, Template> templates = new EnumMap<>(FindingKind.class);
  private char[] chars = new char[256];

  public FindingMessages(Locale locale) {
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    // The messages' language, not the one asked for: a German reader gets English, with its point.
    this.decimalSeparator = DecimalFormatSymbols.getInstance(bundle.getLocale()).getDecimalSeparator();
  }

  /** The finding explained in one sentence. */
  public String message(Finding finding) {
    return template(finding).fill(args(finding));
  }

  /**
   * Renders the message into {@link #chars()}, reused from one finding to the next, and returns
   * its length: a writer copies it out without a string made and dropped per finding. Time linear
   * in the message's length.
   */
  int render(Finding finding) {
    Template template = template(finding);
    List<String> args = args(finding);
    int length = template.length(args);
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    template.fill(args, chars);
    return length;
  }

  /** The finding's arguments, its decimals written with the language's separator ({@code 2,5} in French). */
  private List<String> args(Finding finding) {
    FindingKind kind = finding.kind();
    if (!kind.hasDecimalArgs() || decimalSeparator == '.') {
      return finding.args();
    }
    List<String> args = new ArrayList<>(finding.args());
    for (int i = 0; i < args.size(); i++) {
      if (kind.isDecimalArg(i)) {
        args.set(i, args.get(i).replace('.', decimalSeparator));
      }
    }
    return args;
  }

  /** The buffer {@link #render} fills. */
  char[] chars() {
    return chars;
  }

  private Template template(Finding finding) {
    return templates.computeIfAbsent(finding.kind(), kind -> Template.parse(bundle.getString(kind.messageKey())));
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

    int length(List<String> args) {
      int length = 0;
      for (String text : texts) {
        length += text.length();
      }
      for (int slot : slots) {
        length += args.get(slot).length();
      }
      return length;
    }

    String fill(List<String> args) {
      char[] message = new char[length(args)];
      fill(args, message);
      return new String(message);
    }

    /** Writes the message at the start of {@code into}, which must hold {@link #length} chars. */
    void fill(List<String> args, char[] into) {
      int at = copy(texts.get(0), into, 0);
      for (int i = 0; i < slots.length; i++) {
        at = copy(args.get(slots[i]), into, at);
        at = copy(texts.get(i + 1), into, at);
      }
    }

    private static int copy(String text, char[] into, int at) {
      text.getChars(0, text.length(), into, at);
      return at + text.length();
    }
  }
}

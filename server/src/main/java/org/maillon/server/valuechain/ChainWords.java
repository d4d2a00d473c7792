package org.maillon.server.valuechain;

import java.util.List;
import java.util.Locale;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.valuechain.FlowLayout;
import org.maillon.valuechain.NodeKind;
import org.springframework.context.MessageSource;

/**
 * The words of a drawing of the value chain in the reader's language, and the whole chain of a diagnosis
 * drawn with them: the {@code /value-chain} page draws the current organisation's, a scenario's page the
 * chain before and after it, with the same words and the same JSON for charts.js.
 */
public final class ChainWords implements ChainGraph.Words {

  private final MessageSource messages;
  private final Locale locale;

  public ChainWords(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** A drawing of the chain and the same chain said in words, column by column, its text equivalent. */
  public record Drawn(ChainGraph graph, List<FlowText> inWords) {}

  /**
   * The whole chain of a diagnosis, nothing searched, drawn and said as the value chain page does. Its flow
   * and index are made for this drawing and not kept: a scenario's diagnoses would otherwise take the place
   * of the current version's, the one kept ({@link ChainFlow#of}) that every page reads.
   */
  public static Drawn drawing(Diagnosis diagnosis, MessageSource messages, Locale locale) {
    return draw(new ChainFlow(diagnosis), new ValueChainIndex(diagnosis), new ChainWords(messages, locale));
  }

  /** The whole chain of this flow and index, nothing searched, drawn and said with these words. */
  static Drawn draw(ChainFlow flow, ValueChainIndex index, ChainWords words) {
    return new Drawn(ChainGraph.of(flow, index, null, words), FlowText.of(flow, index, words));
  }

  @Override
  public String column(int hops) {
    return hops == FlowLayout.PARTNERS ? message("valueChain.column.partners")
        : hops == 0 ? message("valueChain.column.final") : message("valueChain.column.hops", hops);
  }

  @Override
  public String apart() {
    return message("valueChain.column.apart");
  }

  @Override
  public String group(NodeKind kind, int count) {
    return message("valueChain.group", message("kind." + kind.code()), count);
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}

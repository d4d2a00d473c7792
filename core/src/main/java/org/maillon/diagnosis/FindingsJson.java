package org.maillon.diagnosis;

import java.io.CharArrayWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillon.parallel.Cores;
import org.maillon.parallel.Forked;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

/**
 * The findings array of the diagnosis JSON, most of a summary's bytes (157,000 findings at a
 * million people). The cores write chunks of findings as JSON objects, each with a generator of
 * its own, nested and indented as they sit in the document; the document splices them in order as
 * raw values, while the next chunks are written. The bytes are those one generator would have written. Time linear in the findings'
 * length, spread over the cores, plus a copy.
 */
final class FindingsJson {

  private static final int CHUNK = 1 << 12;
  private static final SerializableString CODE = new SerializedString("code");
  private static final SerializableString SEVERITY = new SerializedString("severity");
  private static final SerializableString SUBJECT = new SerializedString("subject");
  private static final SerializableString MESSAGE = new SerializedString("message");
  private static final Map<Severity, SerializableString> SEVERITIES = new EnumMap<>(Severity.class);

  static {
    for (Severity severity : Severity.values()) {
      SEVERITIES.put(severity, new SerializedString(severity.code()));
    }
  }

  private FindingsJson() {}

  /**
   * Writes the findings as the elements of the array {@code json} has just opened. Chunks of
   * findings are rendered on the pool a few ahead of the one spliced, each into one of a few
   * buffers used in turn, so memory stays a few chunks whatever the number of findings.
   */
  static void write(JsonGenerator json, List<Finding> findings, Locale locale, JsonMapper mapper) {
    int chunks = (findings.size() + CHUNK - 1) / CHUNK;
    int ahead = Math.min(chunks, 2 * Cores.parallelism());
    List<Forked<Chunk>> rendering = new ArrayList<>(Collections.nCopies(ahead, null));
    for (int k = 0; k < ahead; k++) {
      rendering.set(k, start(findings, k, new Text(Math.min(CHUNK, findings.size())), locale, mapper));
    }
    for (int k = 0; k < chunks; k++) {
      Chunk chunk = rendering.get(k % ahead).join();
      for (int i = 0; i < chunk.starts().length; i++) {
        json.writeRawValue(chunk.text().chars(), chunk.starts()[i], chunk.ends()[i] - chunk.starts()[i]);
      }
      if (k + ahead < chunks) {
        rendering.set(k % ahead, start(findings, k + ahead, chunk.text(), locale, mapper));
      }
    }
  }

  /** The findings one after the other on {@code json}, on this thread: for a few findings. */
  static void writeInPlace(JsonGenerator json, List<Finding> findings, Locale locale) {
    Writing writing = new Writing(json, new FindingMessages(locale));
    for (Finding finding : findings) {
      writing.finding(finding);
    }
  }

  private static Forked<Chunk> start(List<Finding> findings, int chunk, Text into, Locale locale, JsonMapper mapper) {
    int from = chunk * CHUNK;
    int to = Math.min(findings.size(), from + CHUNK);
    return Forked.start(() -> render(findings, from, to, into, locale, mapper));
  }

  /** Findings as JSON objects in {@code text}, the i-th from {@code starts[i]} to {@code ends[i]}. */
  private record Chunk(Text text, int[] starts, int[] ends) {}

  private static Chunk render(List<Finding> findings, int from, int to, Text out, Locale locale, JsonMapper mapper) {
    out.reset();
    int[] starts = new int[to - from];
    int[] ends = new int[to - from];
    try (JsonGenerator generator = mapper.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeArrayPropertyStart("findings");
      Writing writing = new Writing(generator, new FindingMessages(locale));
      for (int i = from; i < to; i++) {
        starts[i - from] = out.size() + generator.streamWriteOutputBuffered();
        writing.finding(findings.get(i));
        ends[i - from] = out.size() + generator.streamWriteOutputBuffered();
      }
    }
    char[] chars = out.chars();
    for (int i = 0; i < starts.length; i++) {
      while (chars[starts[i]] != '{') {
        starts[i]++;
      }
    }
    return new Chunk(out, starts, ends);
  }

  /**
   * One range's writing: its generator, its messages, its codes quoted once, and the last subject
   * written with its text, since the findings of one link follow one another.
   */
  private static final class Writing {

    private final JsonGenerator json;
    private final FindingMessages messages;
    private final Map<FindingKind, SerializableString> codes = new EnumMap<>(FindingKind.class);
    private Subject subject;
    private String subjectText;

    Writing(JsonGenerator json, FindingMessages messages) {
      this.json = json;
      this.messages = messages;
    }

    void finding(Finding f) {
      json.writeStartObject();
      json.writeName(CODE);
      json.writeString(codes.computeIfAbsent(f.kind(), kind -> new SerializedString(kind.code())));
      json.writeName(SEVERITY);
      json.writeString(SEVERITIES.get(f.severity()));
      json.writeName(SUBJECT);
      json.writeString(subjectText(f.subject()));
      int length = messages.render(f);
      json.writeName(MESSAGE);
      json.writeString(messages.chars(), 0, length);
      json.writeEndObject();
    }

    private String subjectText(Subject next) {
      if (next != subject && !next.equals(subject)) {
        subject = next;
        subjectText = next.text();
      }
      return subjectText;
    }
  }

  /** A writer whose characters are read in place, without the copy {@code toCharArray} makes. */
  private static final class Text extends CharArrayWriter {

    /** Room for about this many findings, grown when one is longer. */
    Text(int findings) {
      super(findings * 256);
    }

    char[] chars() {
      return buf;
    }
  }
}

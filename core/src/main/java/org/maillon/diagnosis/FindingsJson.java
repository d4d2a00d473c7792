package org.maillon.diagnosis;

import java.io.CharArrayWriter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillon.parallel.Cores;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

/**
 * The findings array of the diagnosis JSON, most of a summary's bytes (157,000 findings at a
 * million people). Each core writes a range of findings as JSON objects with a generator of its
 * own, nested and indented as they sit in the document; the document then splices them in order as
 * raw values. The bytes are those one generator would have written. Time linear in the findings'
 * length, spread over the cores, plus a copy.
 */
final class FindingsJson {

  private static final int GRAIN = 1 << 12;
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

  /** Writes the findings as the elements of the array {@code json} has just opened. */
  static void write(JsonGenerator json, List<Finding> findings, Locale locale, JsonMapper mapper) {
    List<Chunk> chunks = Cores.map(findings.size(), GRAIN, (from, to) -> render(findings, from, to, locale, mapper));
    for (Chunk chunk : chunks) {
      for (int k = 0; k < chunk.starts().length; k++) {
        json.writeRawValue(chunk.chars(), chunk.starts()[k], chunk.ends()[k] - chunk.starts()[k]);
      }
    }
  }

  /** Findings as JSON objects in {@code chars}, the k-th from {@code starts[k]} to {@code ends[k]}. */
  private record Chunk(char[] chars, int[] starts, int[] ends) {}

  private static Chunk render(List<Finding> findings, int from, int to, Locale locale, JsonMapper mapper) {
    Text out = new Text(to - from);
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
    for (int k = 0; k < starts.length; k++) {
      while (chars[starts[k]] != '{') {
        starts[k]++;
      }
    }
    return new Chunk(chars, starts, ends);
  }

  /** One range's writing: its generator, its messages and its codes, quoted once. */
  private record Writing(JsonGenerator json, FindingMessages messages, Map<String, SerializableString> codes) {

    Writing(JsonGenerator json, FindingMessages messages) {
      this(json, messages, new HashMap<>());
    }

    void finding(Finding f) {
      json.writeStartObject();
      json.writeName(CODE);
      json.writeString(codes.computeIfAbsent(f.code(), SerializedString::new));
      json.writeName(SEVERITY);
      json.writeString(SEVERITIES.get(f.severity()));
      json.writeName(SUBJECT);
      json.writeString(f.subject());
      int length = messages.render(f);
      json.writeName(MESSAGE);
      json.writeString(messages.chars(), 0, length);
      json.writeEndObject();
    }
  }

  /** A writer whose characters are read in place, without the copy {@code toCharArray} makes. */
  private static final class Text extends CharArrayWriter {

    Text(int findings) {
      super(Math.max(1024, findings * 256));
    }

    char[] chars() {
      return buf;
    }
  }
}

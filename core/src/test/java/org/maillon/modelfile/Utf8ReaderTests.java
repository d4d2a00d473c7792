package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class Utf8ReaderTests {

  /** Byte sequences the JDK's strict decoder refuses, each starting with the byte reported. */
  private static final List<byte[]> INVALID = List.of(
      new byte[] {(byte) 0xE9, 'x'},                             // Latin-1 é
      new byte[] {(byte) 0xFF},                                  // never in UTF-8
      new byte[] {(byte) 0xC0, (byte) 0x80},                     // overlong NUL
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},        // a surrogate
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
      new byte[] {(byte) 0xE2, (byte) 0x82, 'x'},                // cut short
      new byte[] {(byte) 0x80});                                 // a continuation alone

  @Property
  void readsValidTextWhateverTheReadSize(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 70_000) int size)
      throws IOException {
    assertThat(readAll(bytes(text), size)).isEqualTo(text);
  }

  @Property
  void refusesTheFirstInvalidByteAtItsLineAndColumn(@ForAll("texts") String before, @ForAll("invalid") byte[] invalid,
      @ForAll("texts") String after, @ForAll @IntRange(min = 1, max = 70_000) int size) throws IOException {
    assertThat(isUtf8(invalid)).isFalse();
    byte[] text = concat(bytes(before), invalid, bytes(after));
    Utf8Reader.MalformedException refused = catchThrowableOfType(Utf8Reader.MalformedException.class,
        () -> readAll(text, size));
    String[] lines = before.split("\n", -1);
    String last = lines[lines.length - 1];
    assertThat(refused.getMessage()).isEqualTo(String.format("invalid UTF-8 byte 0x%02X at line %d, column %d",
        invalid[0] & 0xFF, lines.length, last.codePointCount(0, last.length()) + 1));
  }

  @Test
  void refusesASequenceCutShortByTheEnd() {
    byte[] text = concat(bytes("a: é\nb: "), new byte[] {(byte) 0xE2, (byte) 0x82});
    assertThat(catchThrowableOfType(Utf8Reader.MalformedException.class, () -> readAll(text, 100)))
        .hasMessage("invalid UTF-8 byte 0xE2 at line 2, column 4");
  }

  @Test
  void skipsAByteOrderMarkAtTheStartOnly() throws IOException {
    assertThat(readAll(bytes("\uFEFFa\uFEFF"), 1)).isEqualTo("a\uFEFF");
    assertThat(readAll(bytes("\uFEFF"), 8)).isEmpty();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("a", "é", "\n", "𝒜", "😀", "漢", "\r\n", " ", "\"", "x".repeat(300));
    return pieces.list().ofMaxSize(400).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<byte[]> invalid() {
    return Arbitraries.of(INVALID);
  }

  private static String readAll(byte[] text, int size) throws IOException {
    StringBuilder read = new StringBuilder();
    try (Reader reader = new Utf8Reader(new ByteArrayInputStream(text))) {
      char[] buffer = new char[size];
      for (int count = reader.read(buffer, 0, size); count >= 0; count = reader.read(buffer, 0, size)) {
        assertThat(count).isPositive();
        read.append(buffer, 0, count);
      }
    }
    return read.toString();
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}

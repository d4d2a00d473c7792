package org.maillon.server.organization;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import org.maillon.server.testing.ApiTest;

/**
 * Large uploads without holding them: bodies generated as they are sent, chunked, or only declared
 * by headers that wait for {@code 100 Continue} before sending them, as curl does.
 */
final class Uploads {

  static final String ADMIN = "Basic " + Base64.getEncoder()
      .encodeToString(("admin:" + ApiTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
  static final long MB = 1 << 20;

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

  private Uploads() {}

  /** A body made as it is read: {@code head}, then {@code line} again and again, {@code size} bytes in all. */
  static final class Generated extends InputStream {

    private final byte[] head;
    private final byte[] line;
    private final long size;
    private long sent;

    Generated(String head, String line, long size) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.line = line.getBytes(StandardCharsets.UTF_8);
      this.size = size;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      long at = sent;
      if (at >= size) {
        return -1;
      }
      int count = (int) Math.min(length, size - at);
      for (int i = 0; i < count; i++, at++) {
        buffer[offset + i] = at < head.length ? head[(int) at] : line[(int) ((at - head.length) % line.length)];
      }
      sent += count;
      return count;
    }
  }

  /** What the server answered: its status, content type and body. */
  record Answer(int status, String type, String body) {}

  /**
   * Posts {@code body} chunked, without a length, as a client streaming what it makes does;
   * {@code headers} come in name, value pairs.
   */
  static Answer postChunked(int port, String path, String type, InputStream body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofInputStream(() -> body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends the headers of a post declaring a body of {@code length} bytes and asking for
   * {@code 100 Continue} before it, as curl does for a large file, and reads the answer; the body
   * is never sent, so only an answer from the headers alone comes back before the timeout.
   */
  static Answer postHeaders(int port, String path, String type, long length, String... headers) {
    StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port
        + "\r\nContent-Type: " + type + "\r\nContent-Length: " + length + "\r\nExpect: 100-continue\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(60_000);
      socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An HTTP/1.1 answer read until the server closed the connection. */
  private static Answer parse(byte[] response) {
    int end = indexOf(response, "\r\n\r\n", 0);
    String[] head = new String(response, 0, end, StandardCharsets.US_ASCII).split("\r\n");
    String type = null;
    boolean chunked = false;
    for (String header : head) {
      String lower = header.toLowerCase(Locale.ROOT);
      type = lower.startsWith("content-type:") ? header.substring(13).trim() : type;
      chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
    }
    byte[] body = Arrays.copyOfRange(response, end + 4, response.length);
    return new Answer(Integer.parseInt(head[0].split(" ")[1]), type,
        new String(chunked ? unchunk(body) : body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunks) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int at = 0;;) {
      int line = indexOf(chunks, "\r\n", at);
      int size = Integer.parseInt(new String(chunks, at, line - at, StandardCharsets.US_ASCII).trim(), 16);
      if (size == 0) {
        return body.toByteArray();
      }
      body.write(chunks, line + 2, size);
      at = line + 2 + size + 2;
    }
  }

  private static int indexOf(byte[] data, String text, int from) {
    byte[] target = text.getBytes(StandardCharsets.US_ASCII);
    for (int at = from; at + target.length <= data.length; at++) {
      if (Arrays.equals(data, at, at + target.length, target, 0, target.length)) {
        return at;
      }
    }
    throw new IllegalStateException("no " + text.strip() + " in the answer");
  }

  /** A multipart body of one file part, {@code file} its content. */
  static InputStream multipart(String boundary, String fileName, InputStream file) {
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    return new SequenceInputStream(new SequenceInputStream(text(head), file), text("\r\n--" + boundary + "--\r\n"));
  }

  private static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}

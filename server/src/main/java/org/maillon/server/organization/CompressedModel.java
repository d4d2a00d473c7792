package org.maillon.server.organization;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.maillon.model.Organization;
import org.maillon.modelfile.LoadedModel;
import org.maillon.modelfile.ModelFiles;
import org.maillon.modelfile.ModelWriter;
import org.maillon.modelfile.ZipLimits;

/**
 * A model as a version stores it: the JSON of {@code ModelWriter}, gzipped as it is written. At a
 * million people the JSON is about 240 MB; built whole as a string, then copied to bytes for the
 * database, it took three times that in the heap at once and made the import need {@code -Xmx2g}.
 * Gzipped on the fly it is about a sixth of that, and it is never held uncompressed: it is written
 * through the compressor and read back through it into the model's reader.
 */
final class CompressedModel {

  private static final String STORED_FILE = "model.json";

  private CompressedModel() {}

  /** The model's JSON, gzipped. */
  static byte[] of(Organization organization) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (Writer out = new OutputStreamWriter(new FastGzip(bytes), StandardCharsets.UTF_8)) {
      ModelWriter.writeJson(organization, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Reads and validates a stored model: gzipped, or, for a version stored before V15, its JSON. */
  static LoadedModel read(byte[] gzip, String json, Locale locale) {
    InputStream in = gzip != null ? unzipped(gzip) : new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    return ModelFiles.read(STORED_FILE, in, locale, ZipLimits.DEFAULTS);
  }

  private static InputStream unzipped(byte[] gzip) {
    try {
      return new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A gzip stream at {@link Deflater#BEST_SPEED}: the import waits for it, and JSON compresses well even so. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(ByteArrayOutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}

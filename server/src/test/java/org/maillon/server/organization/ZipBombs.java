package org.maillon.server.organization;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Zips whose files inflate to gigabytes of zeros, made in milliseconds: one mebibyte of zeros is
 * deflated once, flushed so that it refers to nothing before it, and its bytes are repeated. Each
 * file is either declared with its sizes in its header, as the {@code zip} tool writes them, or
 * streamed with its sizes after its data, as {@code ZipOutputStream} writes them.
 */
final class ZipBombs {

  private static final int MIB = 1 << 20;
  private static final byte[] ZEROS = new byte[MIB];
  private static final byte[] DEFLATED_MIB = deflatedMebibyte();
  private static final byte[] LAST_BLOCK = {0x03, 0x00};
  private static final int FLAG_SIZES_AFTER = 0x08;
  private static final int FLAG_UTF8 = 0x800;

  private ZipBombs() {}

  /** A zip of {@code names}, each inflating to {@code mebibytes} of zeros (less than 4 GiB). */
  static byte[] of(int mebibytes, boolean declared, String... names) {
    long size = (long) mebibytes * MIB;
    long crc = crcOfZeros(mebibytes);
    long compressed = (long) mebibytes * DEFLATED_MIB.length + LAST_BLOCK.length;
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    ByteArrayOutputStream directory = new ByteArrayOutputStream();
    for (String name : names) {
      int offset = zip.size();
      byte[] path = name.getBytes(StandardCharsets.UTF_8);
      int flags = FLAG_UTF8 | (declared ? 0 : FLAG_SIZES_AFTER);
      zip.writeBytes(header(0x04034b50, flags, declared ? crc : 0, declared ? compressed : 0, declared ? size : 0,
          path, -1));
      for (int chunk = 0; chunk < mebibytes; chunk++) {
        zip.writeBytes(DEFLATED_MIB);
      }
      zip.writeBytes(LAST_BLOCK);
      if (!declared) {
        zip.writeBytes(ints(0x08074b50, (int) crc, (int) compressed, (int) size));
      }
      directory.writeBytes(header(0x02014b50, flags, crc, compressed, size, path, offset));
    }
    int start = zip.size();
    zip.writeBytes(directory.toByteArray());
    ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) names.length)
        .putShort((short) names.length).putInt(directory.size()).putInt(start).putShort((short) 0);
    zip.writeBytes(end.array());
    return zip.toByteArray();
  }

  /** A local header, or a central directory one when {@code offset} is not negative. */
  private static byte[] header(int signature, int flags, long crc, long compressed, long size, byte[] path,
      int offset) {
    boolean central = offset >= 0;
    ByteBuffer header = ByteBuffer.allocate((central ? 46 : 30) + path.length).order(ByteOrder.LITTLE_ENDIAN);
    header.putInt(signature);
    if (central) {
      header.putShort((short) 20);
    }
    header.putShort((short) 20).putShort((short) flags).putShort((short) Deflater.DEFLATED)
        .putShort((short) 0).putShort((short) 0x21)
        .putInt((int) crc).putInt((int) compressed).putInt((int) size)
        .putShort((short) path.length).putShort((short) 0);
    if (central) {
      header.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
    }
    return header.put(path).array();
  }

  private static byte[] ints(int... values) {
    ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    Arrays.stream(values).forEach(buffer::putInt);
    return buffer.array();
  }

  private static long crcOfZeros(int mebibytes) {
    CRC32 crc = new CRC32();
    for (int chunk = 0; chunk < mebibytes; chunk++) {
      crc.update(ZEROS);
    }
    return crc.getValue();
  }

  private static byte[] deflatedMebibyte() {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(ZEROS);
    byte[] out = new byte[64 * 1024];
    int length = deflater.deflate(out, 0, out.length, Deflater.FULL_FLUSH);
    deflater.end();
    return Arrays.copyOf(out, length);
  }
}

package org.maillon.server.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.maillon.server.startup.CannotStart;

/**
 * Whether the data folder can hold the database: it is a folder or can be made, Maillon can write
 * there, and its disk has room. Each fault becomes a {@link CannotStart} line that names the folder
 * and how to fix it, before any connection would bury the cause under stack traces. The write check
 * is a real write, flushed to the disk: permissions, read-only mounts and full disks all show.
 */
final class DataFolderCheck {

  /** What a start needs free at the least: a new database and its log take about half of it. */
  static final long NEEDED = 1024 * 1024;
  static final String CHOOSE = "choose another with --data DIR (maillon.data-dir)";

  private static final String PROBE = ".maillon-write-check";
  private static final int PROBE_BYTES = 64 * 1024;

  private DataFolderCheck() {}

  /** Makes the database's folder if missing, and checks it; a {@link CannotStart} says what is wrong. */
  static void prepare(SqliteFile database) {
    Path folder = database.folder();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new CannotStart("the data folder " + folder + " is a file, not a folder: " + CHOOSE
          + " or move that file away");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new CannotStart("cannot make the data folder " + folder + " (" + reason(e) + "): " + CHOOSE, e);
    }
    try {
      write(folder);
    } catch (IOException e) {
      throw full(e) ? diskFull(folder, e) : new CannotStart("cannot write the data folder " + folder + " ("
          + reason(e) + "): " + CHOOSE + " or make it writable by the user running Maillon", e);
    }
    Path file = database.path();
    if (Files.exists(file) && (!Files.isRegularFile(file) || !Files.isWritable(file))) {
      throw new CannotStart("cannot write the database " + file + " (" + (Files.isRegularFile(file)
          ? "read-only" : "not a file") + "): make it a writable file or " + CHOOSE);
    }
    long free = usableSpace(folder);
    if (free < NEEDED) {
      throw new CannotStart("the disk of the data folder " + folder + " is full (" + free / 1024
          + " KB free, at least " + NEEDED / 1024 + " KB needed): free some space or " + CHOOSE);
    }
  }

  /** Writes and flushes a small file in the folder, then deletes it: whether writes reach the disk there. */
  static void write(Path folder) throws IOException {
    Path probe = folder.resolve(PROBE);
    try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer bytes = ByteBuffer.allocate(PROBE_BYTES);
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    } finally {
      try {
        Files.deleteIfExists(probe);
      } catch (IOException ignored) {
        // Nothing was made, or the folder refuses writes: the write above said so.
      }
    }
  }

  /** Whether this failure is the disk (or the user's quota) being full. */
  static boolean full(Throwable failure) {
    String text = String.valueOf(failure instanceof FileSystemException fs ? fs.getReason() : failure.getMessage())
        .toLowerCase(Locale.ROOT);
    return text.contains("no space left") || text.contains("quota exceeded");
  }

  private static CannotStart diskFull(Path folder, IOException e) {
    return new CannotStart("the disk of the data folder " + folder + " is full (" + reason(e) + "): free some space or "
        + CHOOSE, e);
  }

  private static long usableSpace(Path folder) {
    try {
      return Files.getFileStore(folder).getUsableSpace();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  /** What the system said, in a few lower-case words. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String said = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
    if (said == null || said.isBlank()) {
      return e instanceof NoSuchFileException ? "no such file or folder" : e.getClass().getSimpleName();
    }
    return said.substring(0, 1).toLowerCase(Locale.ROOT) + said.substring(1);
  }
}

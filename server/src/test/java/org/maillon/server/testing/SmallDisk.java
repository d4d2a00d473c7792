package org.maillon.server.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A small file system of the test's own for a server's data folder: a tmpfs mounted on the folder
 * in a private mount namespace ({@code unshare -m}, with {@code -r} when not root), so that a
 * test can fill a real disk or make it read-only without touching the machine's. The server runs
 * inside ({@link #wrapper}); the test reaches the folder as the server sees it through
 * {@code /proc/PID/root} ({@link #seen}). Where namespaces or mounts are not allowed,
 * {@link #unshare()} is empty and the tests that need it are skipped.
 */
public final class SmallDisk {

  private static final Optional<List<String>> UNSHARE = probe();

  private SmallDisk() {}

  /** The command that makes a private mount namespace here, if one can be made. */
  public static Optional<List<String>> unshare() {
    return UNSHARE;
  }

  /**
   * A wrapper ({@link ServerProcess#start(Path, Path, String, java.util.Map, List)}) that mounts a
   * tmpfs with these options ({@code size=32m}, {@code size=1m,ro}) on the folder, runs this shell
   * command in it ({@code ""} for none), then the server.
   */
  public static List<String> wrapper(Path folder, String options, String thenRun) {
    List<String> command = new ArrayList<>(UNSHARE.orElseThrow());
    command.addAll(List.of("sh", "-c", "mount -t tmpfs -o " + options + " tmpfs \"$0\" || exit 97; " + thenRun
        + " exec \"$@\"", folder.toAbsolutePath().toString()));
    return command;
  }

  /** A path as the process of this id sees it, in its own mount namespace. */
  public static Path seen(long pid, Path path) {
    return Path.of("/proc/" + pid + "/root" + path.toAbsolutePath());
  }

  /** Writes a file into this folder until its disk is full; the file's path. */
  public static Path fill(Path folder) throws IOException {
    Path filler = folder.resolve("filler");
    byte[] block = new byte[256 * 1024];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
        out.flush();
      }
    } catch (IOException full) {
      if (!String.valueOf(full.getMessage()).contains("No space left")) {
        throw full;
      }
    }
    return filler;
  }

  private static Optional<List<String>> probe() {
    for (List<String> unshare : List.of(List.of("unshare", "-m"), List.of("unshare", "-m", "-r"))) {
      try {
        Path folder = Files.createTempDirectory("maillon-small-disk");
        List<String> command = new ArrayList<>(unshare);
        command.addAll(List.of("sh", "-c", "mount -t tmpfs -o size=1m tmpfs \"$0\"", folder.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean mounted = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        Files.deleteIfExists(folder);
        if (mounted) {
          return Optional.of(unshare);
        }
      } catch (IOException e) {
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}

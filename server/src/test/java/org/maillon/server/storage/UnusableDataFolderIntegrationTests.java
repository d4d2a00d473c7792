package org.maillon.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.server.testing.ServerProcess;
import org.maillon.server.testing.SmallDisk;

/**
 * A data folder read-only, a file, or on a full disk at start: the real server jar,
 * started as an operator starts it, stops at once with one line that says what is wrong, where,
 * and how to fix it, and a non-zero exit; no banner, no stack trace. The read-only and full disks
 * are real: a tmpfs of the test's own in a private mount namespace.
 */
class UnusableDataFolderIntegrationTests {

  static final String PASSWORD = "unusable-folder-admin";

  @TempDir Path folder;

  @Test
  void aFileWhereTheDataFolderShouldBe() throws Exception {
    Path data = Files.writeString(folder.resolve("data"), "not a folder");

    ServerProcess.Ended ended = ServerProcess.run(ServerProcess.JAR, data, PASSWORD, Map.of(), List.of());

    saidInOneLine(ended, "maillon: the data folder " + data.toAbsolutePath() + " is a file, not a folder: "
        + "choose another with --data DIR (maillon.data-dir) or move that file away");
  }

  @Test
  void aReadOnlyDataFolder() throws Exception {
    assumeTrue(SmallDisk.unshare().isPresent(), "no private mount namespace here (unshare -m)");
    Path data = Files.createDirectories(folder.resolve("data"));

    ServerProcess.Ended ended = ServerProcess.run(ServerProcess.JAR, data, PASSWORD, Map.of(),
        SmallDisk.wrapper(data, "size=1m,ro", ""));

    saidInOneLine(ended, "maillon: cannot write the data folder " + data.toAbsolutePath()
        + " (read-only file system): choose another with --data DIR (maillon.data-dir) or make it writable");
  }

  @Test
  void aFullDisk() throws Exception {
    assumeTrue(SmallDisk.unshare().isPresent(), "no private mount namespace here (unshare -m)");
    Path data = Files.createDirectories(folder.resolve("data"));

    ServerProcess.Ended ended = ServerProcess.run(ServerProcess.JAR, data, PASSWORD, Map.of(),
        SmallDisk.wrapper(data, "size=512k", "head -c 1048576 /dev/zero > \"$0/filler\" 2>/dev/null;"));

    saidInOneLine(ended, "maillon: the disk of the data folder " + data.toAbsolutePath() + " is full (");
    assertThat(ended.output()).contains("): free some space or choose another with --data DIR");
  }

  private static void saidInOneLine(ServerProcess.Ended ended, String line) {
    assertThat(ended.exitCode()).as(ended.output()).isNotZero();
    assertThat(ended.output()).contains(line)
        .doesNotContain("Spring Boot ::", "Starting MaillonServer", "\tat ", "Caused by", "Exception");
    assertThat(ended.output().lines().filter(printed -> !printed.isBlank()))
        .as("the failure's frame and its line only").hasSizeLessThanOrEqualTo(6);
  }
}

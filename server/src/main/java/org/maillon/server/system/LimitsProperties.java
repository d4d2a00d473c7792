package org.maillon.server.system;

import org.maillon.modelfile.ZipLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much a request may send ({@code maillon.limits.*}), so that no upload can fill the memory or
 * hold the server: docs/security.md gives the defaults' reasons and what a client sees. Sizes take
 * units ({@code 512MB}, {@code 1GB}).
 *
 * @param modelBody the body of a model import ({@code POST /api/model}, {@code POST /model}), raw
 *     or multipart
 * @param body the body of every other request: JSON commands and forms
 * @param zipEntries entries a zipped model may hold
 * @param zipEntrySize bytes one file of a zipped model may inflate to
 * @param zipTotalSize bytes the files of a zipped model may inflate to together
 * @param zipRatio how many times its compressed size a file of a zipped model may inflate to
 */
@ConfigurationProperties("maillon.limits")
public record LimitsProperties(
    @DefaultValue("512MB") DataSize modelBody,
    @DefaultValue("1MB") DataSize body,
    @DefaultValue("1000") int zipEntries,
    @DefaultValue("256MB") DataSize zipEntrySize,
    @DefaultValue("512MB") DataSize zipTotalSize,
    @DefaultValue("100") int zipRatio) {

  public LimitsProperties {
    if (modelBody.toBytes() < 1 || body.toBytes() < 1) {
      throw new IllegalArgumentException("maillon.limits.model-body and maillon.limits.body must be positive");
    }
    zip(zipEntries, zipEntrySize, zipTotalSize, zipRatio);
  }

  /** The limits a zipped model is read under. */
  public ZipLimits zip() {
    return zip(zipEntries, zipEntrySize, zipTotalSize, zipRatio);
  }

  /** The zip limits of these settings; refuses them, at start, when they are not positive. */
  private static ZipLimits zip(int entries, DataSize entrySize, DataSize totalSize, int ratio) {
    return new ZipLimits(entries, entrySize.toBytes(), totalSize.toBytes(), ratio);
  }
}

package org.maillon.server.organization;

import java.time.OffsetDateTime;
import java.util.List;
import org.maillon.modelfile.Problem;

/** What an accepted import answers: the new version and the warnings met on the way. */
record ModelImport(
    long id,
    OffsetDateTime importedAt,
    String importedBy,
    String organization,
    int headcount,
    String format,
    String kind,
    String reason,
    List<Problem> warnings) {

  static ModelImport of(ModelVersion version, List<Problem> warnings) {
    return new ModelImport(version.id(), version.importedAt(), version.importedBy(), version.organization(),
        version.headcount(), version.format(), version.kind(), version.reason(), warnings);
  }
}

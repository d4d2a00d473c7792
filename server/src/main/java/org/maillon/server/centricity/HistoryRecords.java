package org.maillon.server.centricity;

import java.time.OffsetDateTime;
import java.util.List;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.knowledge.CustomerKnowledge;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.ListeningState;
import org.maillon.server.organization.OrganizationService;
import org.springframework.stereotype.Component;

/**
 * What the index reads of the stored data, through the modules that own it: for its evolution,
 * the latest model versions (organization); to know when the index of now must be computed again,
 * how far the listening and card data has grown (listening, knowledge).
 */
@Component
class HistoryRecords {

  /** A stored version, without its model. */
  record StoredVersion(long id, OffsetDateTime importedAt) {}

  /**
   * The last id of each table whose rows the index of now reads, directly or through the listening,
   * voice and knowledge modules. Those rows are only ever added, in transactions, so an unchanged
   * state means unchanged data; a pulse, whose campaigns and responses share these tables, changes
   * it too, which costs one computation more.
   */
  record State(long campaigns, long invitations, long responses, long conversations, long cardEntries) {}

  private final OrganizationService organization;
  private final ListeningService listening;
  private final CustomerKnowledge knowledge;

  HistoryRecords(OrganizationService organization, ListeningService listening, CustomerKnowledge knowledge) {
    this.organization = organization;
    this.listening = listening;
    this.knowledge = knowledge;
  }

  /** The latest versions, newest first, without their models (a 100k-person model is 25 MB). */
  List<StoredVersion> latest(int limit) {
    return organization.latestVersions(limit).stream()
        .map(version -> new StoredVersion(version.id(), version.importedAt())).toList();
  }

  /** The diagnosis of a stored version. */
  Diagnosis diagnosis(long id) {
    return organization.diagnosis(id);
  }

  /** The data's state now, the listening data's read before the cards'. */
  State state() {
    ListeningState heard = listening.state();
    return new State(heard.campaigns(), heard.invitations(), heard.responses(), heard.conversations(),
        knowledge.lastEntry());
  }
}

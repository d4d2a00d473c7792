package org.maillon.server.listening;

/**
 * Where follow-ups are kept and counted: the module that turns {@link FollowUpAsked} into work
 * implements it, so that a campaign can show its counts without listening depending on it.
 */
public interface FollowUpLedger {

  /** The follow-ups asked through this campaign's answers. */
  FollowUpCounts counts(long campaignId);
}

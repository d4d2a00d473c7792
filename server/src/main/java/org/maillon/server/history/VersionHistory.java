package org.maillon.server.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillon.centricity.ScoringSettings;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diff.VersionDiff;
import org.maillon.server.centricity.CentricityProperties;
import org.maillon.server.organization.ModelVersion;
import org.maillon.server.organization.OrganizationService;
import org.springframework.stereotype.Service;

/**
 * Compares stored versions. Versions never change once stored, so a comparison is computed once
 * and remembered, a few at a time, without the diagnoses it took: each costs two diagnoses, about
 * two seconds at 100,000 people, and keeps room in proportion to what changed.
 */
@Service
public class VersionHistory {

  /** Versions compared per page of the history. */
  public static final int PAGE = 5;
  private static final int REMEMBERED = 2 * PAGE;

  private final OrganizationService organizations;
  private final ScoringSettings scoring;
  private final Map<List<Long>, Comparison> remembered = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Long>, Comparison> eldest) {
          return size() > REMEMBERED;
        }
      });

  VersionHistory(OrganizationService organizations, CentricityProperties centricity) {
    this.organizations = organizations;
    this.scoring = centricity.scoring();
  }

  /** What separates two versions, with the names of what it mentions. */
  public record Comparison(VersionDiff diff, DiffNamesInUse names) {}

  /** One version and what it changed against the one before it (none for the first version). */
  public record Step(ModelVersion version, ModelVersion previous, Comparison comparison) {}

  /**
   * @throws org.maillon.server.system.NotFoundException when either version does not exist
   */
  public Comparison compare(long older, long newer) {
    List<Long> key = List.of(older, newer);
    Comparison known = remembered.get(key);
    if (known != null) {
      return known;
    }
    Diagnosis before = organizations.diagnosis(older);
    Diagnosis after = organizations.diagnosis(newer);
    VersionDiff diff = VersionDiff.between(before, after, scoring);
    Comparison comparison = new Comparison(diff, DiffNamesInUse.of(diff, before.model(), after.model()));
    remembered.put(key, comparison);
    return comparison;
  }

  /** The page-th page (from 0) of versions, newest first, each against the version before it. */
  public List<Step> steps(int page) {
    List<ModelVersion> versions = organizations.latestVersions((page + 1) * PAGE + 1);
    List<Step> steps = new ArrayList<>();
    for (int i = page * PAGE; i < Math.min(versions.size(), (page + 1) * PAGE); i++) {
      ModelVersion version = versions.get(i);
      ModelVersion previous = i + 1 < versions.size() ? versions.get(i + 1) : null;
      steps.add(new Step(version, previous, previous == null ? null : compare(previous.id(), version.id())));
    }
    return steps;
  }

  /** How many pages the history has. */
  public int pages() {
    return (int) Math.max(1, (organizations.versionCount() + PAGE - 1) / PAGE);
  }
}

package org.maillon.server.organization;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.maillon.diagnosis.Diagnosis;
import org.springframework.stereotype.Component;

/**
 * The current version of the organisation and its diagnosis, computed once per import and replaced
 * as a whole, so that a request never sees the version of one import with the diagnosis of another.
 * Every feature that shows figures reads them here.
 */
@Component
public class CurrentOrganization {

  /** A version with the diagnosis of its model. */
  public record Current(ModelVersion version, Diagnosis diagnosis) {}

  private final AtomicReference<Current> current = new AtomicReference<>();

  /** The current version and its diagnosis, empty until a model has been imported. */
  public Optional<Current> get() {
    return Optional.ofNullable(current.get());
  }

  /** The current diagnosis, or a {@link NoModelException} when no model was imported yet. */
  public Diagnosis diagnosis() {
    return get().orElseThrow(NoModelException::new).diagnosis();
  }

  /**
   * Nothing, or a {@link NoModelException} when no model was imported yet: what a page calls before it
   * reads anything derived from the model, so that every page answers "no model yet" alike.
   */
  public void requireModel() {
    diagnosis();
  }

  void replace(Current next) {
    current.set(next);
  }
}

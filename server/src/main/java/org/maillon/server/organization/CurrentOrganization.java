package org.maillon.server.organization;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.maillon.diagnosis.Diagnosis;
import org.springframework.stereotype.Component;

/**
 * The current version of the organisation and its diagnosis, computed once per import and replaced
 * as a whole, so that a request never sees the version of one import with the diagnosis of another.
 * Every feature that shows figures reads them here. Until the stored version is loaded at start,
 * reading throws {@link OrganizationLoadingException} (503, retry in a moment): the model exists,
 * it is not ready, and "no model imported" would be false.
 */
@Component
public class CurrentOrganization {

  /** A version with the diagnosis of its model. */
  public record Current(ModelVersion version, Diagnosis diagnosis) {}

  private final AtomicReference<Current> current = new AtomicReference<>();
  private final List<Consumer<Diagnosis>> onReplace = new CopyOnWriteArrayList<>();
  private volatile boolean loaded;

  /**
   * The current version and its diagnosis, empty until a model has been imported.
   *
   * @throws OrganizationLoadingException while the stored version is being loaded at start
   */
  public Optional<Current> get() {
    if (!loaded) {
      throw new OrganizationLoadingException();
    }
    return Optional.ofNullable(current.get());
  }

  /** Whether the stored version is still being loaded at start. */
  public boolean loading() {
    return !loaded;
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
    onReplace.forEach(listener -> listener.accept(next.diagnosis()));
  }

  /** Calls {@code listener} with each diagnosis that becomes current, right after it does. */
  void onReplace(Consumer<Diagnosis> listener) {
    onReplace.add(listener);
  }

  /** The stored version, if any, is loaded: reading no longer waits. */
  void loaded() {
    loaded = true;
  }
}

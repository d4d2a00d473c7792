package org.maillon.server.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link CannotStart} as its one line, prefixed {@code maillon:}, in Spring Boot's
 * "APPLICATION FAILED TO START" frame and without a stack trace: the cause is the operator's to
 * fix, not a bug to report.
 */
class CannotStartAnalysis extends AbstractFailureAnalyzer<CannotStart> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, CannotStart cause) {
    return new FailureAnalysis(cause.line(), null, cause);
  }
}

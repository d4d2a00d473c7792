package org.maillon.server.history.web;

import org.maillon.server.history.DiffView;
import org.maillon.server.organization.ModelVersion;

/**
 * One version on the history page and what it changed against the version before it; {@code first}
 * is true for the first version, whose diff says nothing.
 */
record StepView(ModelVersion version, boolean first, DiffView diff) {}

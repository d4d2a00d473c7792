/**
 * Model files: reading an organisation "as code" from YAML, JSON, CSV or an .xlsx workbook,
 * validating it, and writing it back. Every format binds to the same {@link org.maillon.model.Organization} records while a
 * {@code SourceMap} remembers where each value came from, so that one validator can reject a model
 * with every problem listed at once, each at its file, line and column (a workbook's sheet and cell), in English or French.
 */
package org.maillon.modelfile;

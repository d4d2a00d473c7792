/**
 * The {@code maillon} command line: diagnoses a model file, shows a person's place or a team's
 * card, and writes synthetic organisations of any size, in English or French. Commands parse and
 * delegate; the report model says what to tell, and one renderer per format decides only how it
 * looks.
 */
package org.maillon.cli;

/**
 * What changed between two versions of an organisation: the entities of the model added, removed
 * or changed field by field, every figure of the summary diagnosis before and after, the
 * customer-centricity index the model alone gives, and the findings that appeared or disappeared.
 * The command line's {@code maillon diff} and {@code maillon what-if} and the server's version
 * history and scenarios give the same JSON, so a reader compares versions the same way everywhere.
 */
package org.maillon.diff;

/**
 * The organisation's history: what each version of the model changed against another — its
 * entities, every figure of the diagnosis before and after, the findings that appeared or
 * disappeared — as the JSON {@code maillon diff} prints and as a page, newest first.
 */
package org.maillon.server.history;

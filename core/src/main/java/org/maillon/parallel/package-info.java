/**
 * The engine's linear passes spread over the machine's cores, with results that do not depend on
 * how many there are: work is split into contiguous ranges whose outputs the caller merges in order.
 */
package org.maillon.parallel;

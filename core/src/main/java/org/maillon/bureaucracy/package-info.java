/**
 * The second link of the anti-value chain, bureaucratisation: the procedures each team runs, their
 * approval circuits, how far up the hierarchy those climb, how much of the front line's work waits
 * on support functions, and which procedures serve no customer at all.
 */
package org.maillon.bureaucracy;

/**
 * Hierarchical obesity, the third link of the anti-value chain: depth of reporting lines, spans of
 * control, pass-through managers, and the levels the headcount really needs, against Caesar's legion.
 */
package org.maillon.hierarchy;

/** The hierarchy page ({@code /hierarchy}): hierarchical obesity in figures, charts and words. */
package org.maillon.server.hierarchy.web;

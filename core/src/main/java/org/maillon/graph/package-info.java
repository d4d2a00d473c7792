/**
 * The organisation compiled once into int-indexed arrays — adjacency in compressed rows, ids resolved
 * to positions — so that every analysis runs in linear time without an object per person.
 */
package org.maillon.graph;

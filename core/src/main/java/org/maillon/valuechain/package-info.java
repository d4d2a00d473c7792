/**
 * The value chain: who serves whom, up to the final customer who pays. Distances to the final
 * customer, reachability of the front line, inversions, and requirements and duties matched on
 * each link: expectations no commitment answers and commitments no customer asked for, where a
 * team works to its own rules rather than its customers' (technocratisation, docs/glossary.md).
 */
package org.maillon.valuechain;

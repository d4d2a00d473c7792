/**
 * The value chain: who serves whom, up to the final customer who pays. Distances to the final
 * customer, reachability of the front line, inversions, and the expectations no commitment answers
 * and commitments no customer asked for, which the diagnosis files under technocratisation.
 */
package org.maillon.valuechain;

/**
 * The value chain: who serves whom, up to the final customer who pays. Distances to the final
 * customer, reachability of the front line, inversions, and the expectations no commitment answers
 * and commitments no customer asked for, which the diagnosis files under technocratisation. And how
 * the chain is drawn wherever it is: {@link org.maillon.valuechain.FlowLayout}, left to right by hops,
 * and {@link org.maillon.valuechain.NodeKind}, one colour per kind of node.
 */
package org.maillon.valuechain;

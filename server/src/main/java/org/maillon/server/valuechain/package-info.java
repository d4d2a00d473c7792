/**
 * The value chain as the pages see it: {@link org.maillon.server.valuechain.ValueChainIndex}, the
 * nodes and links of the current model indexed once per diagnosis, which every page that draws a
 * part of the chain reads; its own pages live in {@code web}.
 */
package org.maillon.server.valuechain;

/**
 * The value chain as the pages see it: {@link org.maillon.server.valuechain.ValueChainIndex}, the
 * nodes and links of the current model indexed once per diagnosis, which every page that draws a
 * part of the chain reads; {@link org.maillon.server.valuechain.ChainFlow}, the whole chain laid out
 * as a flow once per diagnosis; the graphs drawn of it ({@link org.maillon.server.valuechain.ChainGraph},
 * the flow, in groups when large, with a searched team's path, and its words
 * {@link org.maillon.server.valuechain.FlowText}, and
 * {@link org.maillon.server.valuechain.TeamGraph}, a team card's neighbourhood in columns); and
 * {@link org.maillon.server.valuechain.TextSearch}, how every search box finds a team or a customer.
 * Its own pages live in {@code web}.
 */
package org.maillon.server.valuechain;

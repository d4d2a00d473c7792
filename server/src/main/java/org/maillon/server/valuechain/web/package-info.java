/**
 * The value chain's pages: the whole chain as a searchable graph ({@code /value-chain}) and the
 * support functions' orientation ({@code /support}); and the index of nodes and links the other
 * pages draw from.
 */
package org.maillon.server.valuechain.web;

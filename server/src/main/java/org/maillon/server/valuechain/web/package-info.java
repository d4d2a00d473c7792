/**
 * The value chain's pages: the whole chain as a searchable graph ({@code /value-chain}) and the
 * support functions' orientation ({@code /support}).
 */
package org.maillon.server.valuechain.web;

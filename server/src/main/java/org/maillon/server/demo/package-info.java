/**
 * Demo mode ({@code maillon.demo=true}, what {@code ./maillon demo} starts): on a fresh database,
 * imports the demo organisation and creates one user of each role, then prints where to sign in.
 */
package org.maillon.server.demo;

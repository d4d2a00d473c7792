/**
 * Demo mode ({@code maillon.demo=true}, what {@code ./maillon demo} starts): on a fresh database,
 * imports the demo organisation, creates one user of each role, writes a year of listening history
 * and customer cards through the listening and knowledge APIs, then prints where to sign in.
 */
package org.maillon.server.demo;

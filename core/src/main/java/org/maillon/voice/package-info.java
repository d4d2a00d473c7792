/**
 * The voice of the customer, computed: the net promoter score with its 95% interval, the mean
 * satisfaction, the anonymity rules that hide small groups (and the groups from which a hidden one
 * could be derived by subtraction), and which supplier → customer links are overdue for listening.
 * Pure functions over counts and instants, so that the server, its pages and its exports share
 * one definition of every figure, and the figures are checked by hand and by properties.
 */
package org.maillon.voice;

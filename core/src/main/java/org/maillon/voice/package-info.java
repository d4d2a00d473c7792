/**
 * The voice of the customer, computed: the net promoter score with its 95% interval, the mean
 * satisfaction, the anonymity that holds by construction (answers published by whole batches of at
 * least the promised threshold, so that no sum or difference of what is shown isolates fewer
 * answers), and which supplier → customer links are overdue for listening. Pure functions over
 * counts and instants, so that the server, its pages and its exports share one definition of every
 * figure, and the figures are checked by hand and by properties.
 */
package org.maillon.voice;

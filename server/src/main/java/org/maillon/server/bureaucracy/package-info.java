/**
 * Bureaucratisation, the second link of the anti-value chain, as the server shows it: the procedures
 * and approval circuits the diagnosis measured, and the requirements and duties matched on every
 * link. Figures come from the core's diagnosis; this feature only reads and arranges them.
 */
package org.maillon.server.bureaucracy;

/**
 * What-if scenarios: operations a designer tries on an organisation before reorganising it — move
 * a person, remove a manager or a whole layer, merge teams, relink the value chain, change the
 * target span — read from a YAML or JSON file and applied in order to give a new organisation.
 * A scenario that cannot apply (an unknown id, a cycle) is refused with every problem located in
 * its file, and nothing is applied. Each operation takes time linear in the organisation's size.
 */
package org.maillon.scenario;

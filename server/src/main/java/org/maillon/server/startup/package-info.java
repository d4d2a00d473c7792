/**
 * How Maillon refuses to start when the cause is its operator's to fix (a data folder it cannot
 * write, a full disk, a refused setting): one line that says what, where and how to fix it, in
 * Spring Boot's failure frame, with no stack trace. Depends on no other feature, so that any may
 * refuse the start this way.
 */
package org.maillon.server.startup;

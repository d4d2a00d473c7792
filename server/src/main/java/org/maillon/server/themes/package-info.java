/**
 * Verbatim themes: what customers write in their own words, grouped into recurring themes per team,
 * and the themes that go with detractors rather than promoters. French and English texts are
 * analysed offline with Lucene's analyzers; nothing is downloaded at run time.
 */
package org.maillon.server.themes;

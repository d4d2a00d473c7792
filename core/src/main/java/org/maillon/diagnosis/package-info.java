/**
 * The diagnosis of the anti-value chain: runs the hierarchy and value-chain analyses over one
 * compact, int-indexed view of the organisation, gathers their findings, and writes the JSON
 * contract of docs/diagnosis-json.md.
 */
package org.maillon.diagnosis;

/**
 * The diagnosis of the anti-value chain: runs the hierarchy, value-chain and bureaucracy analyses
 * over one compact, int-indexed view of the organisation, gathers their findings and files each
 * under its link of the chain ({@link org.maillon.diagnosis.ChainLink}), and writes the JSON
 * contract of docs/diagnosis-json.md, or a workbook of its figures for spreadsheets.
 */
package org.maillon.diagnosis;

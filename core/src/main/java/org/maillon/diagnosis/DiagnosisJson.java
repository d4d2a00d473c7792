package org.maillon.diagnosis;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillon.bureaucracy.ApprovalStats;
import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.bureaucracy.ProcedureFigures;
import org.maillon.bureaucracy.TeamProcedures;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.hierarchy.LayerSpans;
import org.maillon.hierarchy.Legion;
import org.maillon.hierarchy.SpanRange;
import org.maillon.hierarchy.SpanStats;
import org.maillon.valuechain.AgreementFigures;
import org.maillon.valuechain.LinkEnds;
import org.maillon.valuechain.TeamFigures;
import org.maillon.valuechain.UnaskedCommitment;
import org.maillon.valuechain.UncoveredExpectation;
import org.maillon.valuechain.ValueChainFigures;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the diagnosis JSON of docs/diagnosis-json.md, streaming, so that a million people never sit in memory
 * as a document. The same writer serves the CLI and the server; the field order is the contract's.
 * The findings are written over the cores ({@link FindingsJson}).
 */
public final class DiagnosisJson {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final JsonGenerator json;

  private DiagnosisJson(JsonGenerator json) {
    this.json = json;
  }

  /**
   * @param summary leave out the {@code teams}, {@code people} and {@code procedures} arrays
   * @param locale the language of the findings' messages
   * @param out flushed, left open
   */
  public static void write(Diagnosis diagnosis, Writer out, boolean summary, Locale locale) {
    try (JsonGenerator generator = MAPPER.createGenerator(out)) {
      new DiagnosisJson(generator).document(diagnosis, summary, locale);
    }
  }

  /** The summary without its findings: the figures alone, as the summary names and nests them. */
  public static void writeFigures(Diagnosis diagnosis, Writer out) {
    try (JsonGenerator generator = MAPPER.createGenerator(out)) {
      new DiagnosisJson(generator).document(diagnosis, true, null);
    }
  }

  /**
   * A few findings as the diagnosis JSON writes them, as the elements of the array {@code json}
   * has just opened, on this thread.
   */
  public static void writeFindings(JsonGenerator json, List<Finding> findings, Locale locale) {
    FindingsJson.writeInPlace(json, findings, locale);
  }

  /** With a null locale, the document leaves out the findings. */
  private void document(Diagnosis d, boolean summary, Locale locale) {
    json.writeStartObject();
    json.writeStringProperty("organization", d.organization());
    json.writeStringProperty("asOf", d.asOf() == null ? null : d.asOf().toString());
    json.writeNumberProperty("headcount", d.headcount());
    json.writeName("hierarchy");
    hierarchy(d.hierarchy());
    json.writeName("valueChain");
    valueChain(d.valueChain(), d.agreements());
    json.writeName("bureaucracy");
    bureaucracy(d.bureaucracy());
    if (!summary) {
      json.writeArrayPropertyStart("teams");
      for (int rank = 0; rank < d.teamCount(); rank++) {
        team(d.team(rank), d.teamProcedures(rank));
      }
      json.writeEndArray();
      json.writeArrayPropertyStart("people");
      for (int rank = 0; rank < d.personCount(); rank++) {
        person(d.person(rank));
      }
      json.writeEndArray();
      json.writeArrayPropertyStart("procedures");
      for (int rank = 0; rank < d.procedureCount(); rank++) {
        procedure(d.procedure(rank));
      }
      json.writeEndArray();
    }
    if (locale != null) {
      json.writeArrayPropertyStart("findings");
      FindingsJson.write(json, d.findings(), locale, MAPPER);
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private void hierarchy(HierarchyFigures h) {
    json.writeStartObject();
    json.writeNumberProperty("layers", h.layers());
    json.writeNumberProperty("levelsBetweenTopAndBase", h.levelsBetweenTopAndBase());
    json.writeNumberProperty("managers", h.managers());
    json.writeNumberProperty("managerRatio", h.managerRatio());
    SpanStats span = h.span();
    json.writeObjectPropertyStart("span");
    json.writeNumberProperty("min", span.min());
    json.writeNumberProperty("max", span.max());
    json.writeNumberProperty("mean", span.mean());
    json.writeNumberProperty("median", span.median());
    json.writeEndObject();
    ids("narrowSpanManagers", h.narrowSpanManagers());
    ids("passThroughManagers", h.passThroughManagers());
    ids("wideSpanManagers", h.wideSpanManagers());
    json.writeNumberProperty("oneToOneShare", h.oneToOneShare());
    spanByLayer(h.spanByLayer());
    json.writeNumberProperty("targetSpan", h.targetSpan());
    json.writeNumberProperty("maxSpan", h.maxSpan());
    json.writeNumberProperty("levelsNeeded", h.levelsNeeded());
    json.writeNumberProperty("excessLevels", h.excessLevels());
    ids("tops", h.tops());
    Legion legion = h.legion();
    json.writeObjectPropertyStart("legion");
    json.writeNumberProperty("headcount", legion.headcount());
    json.writeNumberProperty("levelsBetweenTopAndBase", legion.levelsBetweenTopAndBase());
    json.writeNumberProperty("officers", legion.officers());
    json.writeEndObject();
    MoneyJson.layerCosts(json, h.costs());
    json.writeEndObject();
  }

  /** The layers × spans matrix: per layer its managers, their spans and how many in each range. */
  private void spanByLayer(List<LayerSpans> layers) {
    json.writeArrayPropertyStart("spanByLayer");
    for (LayerSpans layer : layers) {
      json.writeStartObject();
      json.writeNumberProperty("depth", layer.depth());
      json.writeNumberProperty("managers", layer.managers());
      json.writeNumberProperty("min", layer.min());
      json.writeNumberProperty("median", layer.median());
      json.writeNumberProperty("max", layer.max());
      json.writeObjectPropertyStart("ranges");
      for (SpanRange range : SpanRange.values()) {
        json.writeNumberProperty(range.label(), layer.byRange().get(range.ordinal()));
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void valueChain(ValueChainFigures v, AgreementFigures a) {
    json.writeStartObject();
    json.writeNumberProperty("teams", v.teams());
    json.writeNumberProperty("frontLineTeams", v.frontLineTeams());
    json.writeNumberProperty("coreTeams", v.coreTeams());
    json.writeNumberProperty("supportTeams", v.supportTeams());
    json.writeNumberProperty("finalCustomers", v.finalCustomers());
    json.writeNumberProperty("links", v.links());
    ids("disconnectedTeams", v.disconnectedTeams());
    ids("teamsWithoutCustomer", v.teamsWithoutCustomer());
    ids("supportTeamsNotReachingFrontLine", v.supportTeamsNotReachingFrontLine());
    json.writeArrayPropertyStart("inversions");
    for (LinkEnds inversion : v.inversions()) {
      json.writeStartObject();
      json.writeStringProperty("from", inversion.from());
      json.writeStringProperty("to", inversion.to());
      json.writeEndObject();
    }
    json.writeEndArray();
    ids("frontLineWithoutFinalCustomer", v.frontLineWithoutFinalCustomer());
    json.writeObjectPropertyStart("hopsDistribution");
    for (Map.Entry<String, Integer> entry : v.hopsDistribution().entrySet()) {
      json.writeNumberProperty(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
    json.writeObjectPropertyStart("agreements");
    json.writeNumberProperty("expectations", a.expectations());
    json.writeNumberProperty("uncoveredExpectations", a.uncoveredExpectations());
    json.writeNumberProperty("commitments", a.commitments());
    json.writeNumberProperty("unaskedCommitments", a.unaskedCommitments());
    json.writeNumberProperty("emptyLinks", a.emptyLinks());
    json.writeNumberProperty("pendingLinks", a.pendingLinks());
    json.writeNumberProperty("agreedLinks", a.agreedLinks());
    json.writeNumberProperty("longPendingLinks", a.longPendingLinks());
    json.writeNumberProperty("pendingDays", a.pendingDays());
    json.writeEndObject();
    json.writeEndObject();
  }

  private void bureaucracy(BureaucracyFigures b) {
    json.writeStartObject();
    json.writeNumberProperty("procedures", b.procedures());
    json.writeNumberProperty("proceduresPer100People", b.proceduresPer100People());
    json.writeNumberProperty("approvals", b.approvals());
    approvalStats(b.approvalsPerProcedure());
    json.writeNumberProperty("maxApprovalLevels", b.maxApprovalLevels());
    ids("climbingCircuits", b.climbingCircuits());
    json.writeNumberProperty("supportApprovalsOnFrontLine", b.supportApprovalsOnFrontLine());
    ids("frontLineApprovedBySupport", b.frontLineApprovedBySupport());
    ids("internalControls", b.internalControls());
    json.writeNumberProperty("timedProcedures", b.flow().timedProcedures());
    nullableDecimal("flowEfficiency", b.flow().flowEfficiency());
    json.writeNumberProperty("minFlowEfficiency", b.flow().minFlowEfficiency());
    ids("lowFlowEfficiency", b.flow().lowFlowEfficiency());
    json.writeEndObject();
  }

  private void approvalStats(ApprovalStats stats) {
    json.writeObjectPropertyStart("approvalsPerProcedure");
    json.writeNumberProperty("mean", stats.mean());
    json.writeNumberProperty("max", stats.max());
    json.writeEndObject();
  }

  private void procedure(ProcedureFigures p) {
    json.writeStartObject();
    json.writeStringProperty("id", p.id());
    json.writeStringProperty("team", p.team());
    json.writeStringProperty("name", p.name());
    json.writeNumberProperty("steps", p.steps());
    json.writeNumberProperty("approvals", p.approvals());
    json.writeNumberProperty("levelsClimbed", p.levelsClimbed());
    json.writeNumberProperty("supportApprovalsOnFrontLine", p.supportApprovalsOnFrontLine());
    json.writeBooleanProperty("internalControl", p.internalControl());
    nullableDecimal("leadTimeDays", p.leadTimeDays());
    nullableDecimal("workHours", p.workHours());
    nullableDecimal("flowEfficiency", p.flowEfficiency());
    json.writeEndObject();
  }

  private void team(TeamFigures t, TeamProcedures procedures) {
    json.writeStartObject();
    json.writeStringProperty("id", t.id());
    json.writeStringProperty("name", t.name());
    json.writeStringProperty("kind", t.kind().code());
    ids("members", t.members());
    nullableNumber("hopsToCustomer", t.hopsToCustomer());
    ids("suppliers", t.suppliers());
    ids("customers", t.customers());
    ids("customersOfCustomers", t.customersOfCustomers());
    ids("finalCustomers", t.finalCustomers());
    json.writeBooleanProperty("reachesFrontLine", t.reachesFrontLine());
    MoneyJson.revenueReached(json, t.revenueReached());
    json.writeArrayPropertyStart("uncoveredExpectations");
    for (UncoveredExpectation e : t.uncoveredExpectations()) {
      json.writeStartObject();
      json.writeStringProperty("link", e.link());
      json.writeStringProperty("expectation", e.expectation());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayPropertyStart("unaskedCommitments");
    for (UnaskedCommitment c : t.unaskedCommitments()) {
      json.writeStartObject();
      json.writeStringProperty("link", c.link());
      json.writeStringProperty("text", c.text());
      json.writeEndObject();
    }
    json.writeEndArray();
    ids("procedures", procedures.procedures());
    nullableDecimal("proceduresPer100People", procedures.proceduresPer100People());
    approvalStats(procedures.approvalsPerProcedure());
    json.writeNumberProperty("timedProcedures", procedures.timedProcedures());
    nullableDecimal("flowEfficiency", procedures.flowEfficiency());
    json.writeEndObject();
  }

  private void person(PersonFigures p) {
    json.writeStartObject();
    json.writeStringProperty("id", p.id());
    json.writeStringProperty("name", p.name());
    json.writeStringProperty("team", p.team());
    json.writeStringProperty("manager", p.manager());
    json.writeNumberProperty("depth", p.depth());
    ids("directReports", p.directReports());
    nullableNumber("hopsToCustomer", p.hopsToCustomer());
    ids("chain", p.chain());
    json.writeEndObject();
  }

  private void ids(String name, List<String> ids) {
    json.writeArrayPropertyStart(name);
    for (String id : ids) {
      json.writeString(id);
    }
    json.writeEndArray();
  }

  private void nullableDecimal(String name, Double value) {
    if (value == null) {
      json.writeNullProperty(name);
    } else {
      json.writeNumberProperty(name, value.doubleValue());
    }
  }

  private void nullableNumber(String name, Integer value) {
    if (value == null) {
      json.writeNullProperty(name);
    } else {
      json.writeNumberProperty(name, value.intValue());
    }
  }
}

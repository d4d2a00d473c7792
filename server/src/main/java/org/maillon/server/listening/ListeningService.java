package org.maillon.server.listening;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.system.Tokens;
import org.maillon.server.teams.TeamLeadership;
import org.maillon.server.teams.TeamRights;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.voice.Thresholds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may do with listening: create campaigns and their invitations, record a
 * response, log a conversation, and read them back. Each write checks its command first and
 * records nothing when a rule is broken ({@link ListeningRejected}). The overloads taking an
 * instant let the demo write a year of history; the others take the time from the clock. Each
 * write is one transaction, all of it or nothing; overloads share private methods, not each
 * other, since a call on {@code this} would bypass the transaction.
 */
@Service
public class ListeningService {

  private static final String RUN_REFUSED =
      "Only the team's lead, the leads above them, managers and admins run its campaigns.";

  private final CampaignStore campaigns;
  private final InvitationStore invitations;
  private final ResponseStore responses;
  private final ConversationStore conversations;
  private final ContactStore contacts;
  private final CurrentOrganization current;
  private final TeamLeadership leadership;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ObjectProvider<FollowUpLedger> followUps;
  private final int defaultCadenceDays;
  private final int defaultThreshold;

  ListeningService(CampaignStore campaigns, InvitationStore invitations, ResponseStore responses,
      ConversationStore conversations, ContactStore contacts, CurrentOrganization current, TeamLeadership leadership, Clock clock,
      ApplicationEventPublisher events, ObjectProvider<FollowUpLedger> followUps,
      @Value("${maillon.listening.default-cadence-days}") int defaultCadenceDays,
      @Value("${maillon.listening.default-anonymity-threshold}") int defaultThreshold) {
    this.campaigns = campaigns;
    this.invitations = invitations;
    this.responses = responses;
    this.conversations = conversations;
    this.contacts = contacts;
    this.current = current;
    this.leadership = leadership;
    this.clock = clock;
    this.events = events;
    this.followUps = followUps;
    this.defaultCadenceDays = defaultCadenceDays;
    this.defaultThreshold = defaultThreshold;
    if (defaultThreshold < Thresholds.MINIMUM) {
      throw new IllegalStateException("maillon.listening.default-anonymity-threshold is " + defaultThreshold
          + "; it must be at least " + Thresholds.MINIMUM + ", or one respondent could work out another's answer.");
    }
  }

  @Transactional
  public Campaign createCampaign(NewCampaign campaign, String by) {
    return create(campaign.withDefaults(defaultCadenceDays, defaultThreshold), CampaignKind.CUSTOMERS, by,
        clock.instant());
  }

  /** Creates a campaign of a team for some of its customers, as of the given instant. */
  @Transactional
  public Campaign createCampaign(NewCampaign campaign, String by, Instant at) {
    return create(campaign.withDefaults(defaultCadenceDays, defaultThreshold), CampaignKind.CUSTOMERS, by, at);
  }

  @Transactional
  public Campaign createPulse(NewPulse pulse, String by) {
    return create(pulse.campaign(defaultCadenceDays, defaultThreshold), CampaignKind.PULSE, by, clock.instant());
  }

  /**
   * Creates a bureaucracy pulse of a team's collaborators, as of the given instant: a campaign of
   * kind {@code pulse} whose one respondent group is the team itself. Its cadence is the default
   * one; it plays no part in regular listening, which is about links to customers.
   */
  @Transactional
  public Campaign createPulse(NewPulse pulse, String by, Instant at) {
    return create(pulse.campaign(defaultCadenceDays, defaultThreshold), CampaignKind.PULSE, by, at);
  }

  /** The campaigns of a team, or of all teams when it is null; newest first. */
  public List<Campaign> campaigns(String team) {
    return campaigns.all(team);
  }

  /** A campaign with its invitation and follow-up counts, or {@link UnknownCampaign}. */
  public Campaign campaign(long id) {
    Campaign campaign = campaigns.find(id).orElseThrow(() -> new UnknownCampaign(id));
    FollowUpLedger ledger = followUps.getIfAvailable();
    return ledger == null ? campaign : campaign.withFollowUps(ledger.counts(id));
  }

  @Transactional
  public List<IssuedInvitation> invite(long campaignId, NewInvitations request) {
    return issue(campaignId, request, clock.instant());
  }

  /** Creates invitations for one customer of a campaign; their tokens are given here only. */
  @Transactional
  public List<IssuedInvitation> invite(long campaignId, NewInvitations request, Instant at) {
    return issue(campaignId, request, at);
  }

  /**
   * What the invitation's link shows, worded for a final customer when the link goes to one;
   * {@link UnknownInvitation} or {@link AlreadyAnswered} otherwise.
   */
  public Survey survey(String token) {
    InvitationStore.Found invitation = unused(token);
    Campaign campaign = campaign(invitation.campaignId());
    boolean finalCustomer = current.get()
        .map(now -> ValueChainIndex.CUSTOMER.equals(ValueChainIndex.of(now.diagnosis()).kind(invitation.customer())))
        .orElse(false);
    return new Survey(campaign.team(), invitation.customer(),
        campaigns.questions(invitation.campaignId(), finalCustomer), campaign.kind());
  }

  /** The organisation's name in the current model, which a respondent recognises; empty when it has none. */
  public Optional<String> organizationName() {
    return current.get().map(now -> now.diagnosis().organization()).filter(name -> !name.isBlank());
  }

  @Transactional
  public void respond(String token, NewResponse response, Locale language) {
    record(token, response, language, clock.instant());
  }

  /**
   * Records a response through its invitation, once: the answers are checked first, then the
   * invitation is used by a conditional update, in the same transaction as the response it lets in.
   * The invitation keeps only the day it was used, so that its time cannot pick out its response;
   * a contact mailed this invitation keeps only that it was used. A respondent who asks to be
   * contacted is announced by {@link FollowUpAsked}, in the same transaction; the contact is not
   * stored here.
   */
  @Transactional
  public void respond(String token, NewResponse response, Locale language, Instant at) {
    record(token, response, language, at);
  }

  @Transactional
  public Conversation logConversation(NewConversation conversation, String by) {
    return log(conversation, by, clock.instant());
  }

  /** Logs a conversation held with a customer, as of the given instant (its date defaults to it). */
  @Transactional
  public Conversation logConversation(NewConversation conversation, String by, Instant at) {
    return log(conversation, by, at);
  }

  /** The latest conversations, of a team and a customer when given (null for all). */
  public List<Conversation> conversations(String team, String customer, int limit) {
    return conversations.latest(team, customer, limit);
  }

  /** How far the listening data has grown: every campaign, invitation, response or conversation changes it. */
  public ListeningState state() {
    return campaigns.state();
  }

  /** What this user may do for which team in the current model (see {@link TeamLeadership}). */
  public TeamRights rights(Authentication authentication) {
    return leadership.rights(authentication, current.diagnosis());
  }

  /**
   * Throws a 403 unless this user leads some team: one who leads none may run no campaign, and is
   * refused before what they sent is read or a campaign looked up.
   */
  public void requireLeadsAny(Authentication authentication) {
    if (!rights(authentication).leadsAny()) {
      throw new AccessDeniedException(RUN_REFUSED);
    }
  }

  /**
   * Whether this user may run this team's listening: create its campaigns and their invitations.
   * Its leads, the leads above them, managers and admins may; a pulse, which asks the team's own
   * collaborators, stays with managers and admins.
   */
  public boolean mayRun(Authentication authentication, String team, CampaignKind kind) {
    TeamRights rights = rights(authentication);
    return rights.leads(team) && (kind == CampaignKind.CUSTOMERS || rights.everyTeam());
  }

  /** Throws a 403 unless this user {@linkplain #mayRun may run} this team's listening. */
  public void requireRuns(Authentication authentication, String team, CampaignKind kind) {
    if (!mayRun(authentication, team, kind)) {
      throw new AccessDeniedException(RUN_REFUSED);
    }
  }

  /**
   * The campaign, once this user is known to {@linkplain #mayRun run} it: 403 for one who leads no
   * team (before the campaign is looked up), {@link UnknownCampaign} for an unknown id, 403 for one
   * who does not run its team's listening.
   */
  public Campaign campaignRunBy(Authentication authentication, long id) {
    requireLeadsAny(authentication);
    Campaign campaign = campaign(id);
    requireRuns(authentication, campaign.team(), campaign.kind());
    return campaign;
  }

  /**
   * The team whose conversations this user may log or read: the one asked for by a manager (null
   * for all); else the one asked for when the user leads it or belongs to it, their own team when
   * they ask for none, and a 403 otherwise.
   */
  public String teamFor(Authentication authentication, String team) {
    TeamRights rights = rights(authentication);
    if (rights.everyTeam()) {
      return team;
    }
    String asked = team == null ? rights.own() : team;
    if (asked == null || !rights.leadsOrOwn(asked)) {
      throw new AccessDeniedException(
          "Members log and read the conversations of their own team and of the teams they lead only.");
    }
    return asked;
  }

  /** The name of a team or customer in the current model; the id itself when it has none or no model. */
  public String label(String id) {
    return current.get().map(now -> ValueChainIndex.of(now.diagnosis()).label(id)).orElse(id);
  }

  /** The supplier teams and their customers, in the current model. */
  public ValueChainIndex model() {
    return ValueChainIndex.of(current.diagnosis());
  }

  private Campaign create(NewCampaign complete, CampaignKind kind, String by, Instant at) {
    if (kind == CampaignKind.PULSE) {
      NewPulse.check(complete, model());
    } else {
      complete.check(model());
    }
    return campaigns.find(campaigns.add(complete, kind, by, at)).orElseThrow();
  }

  private List<IssuedInvitation> issue(long campaignId, NewInvitations request, Instant at) {
    Campaign campaign = campaign(campaignId);
    if (campaign.kind() == CampaignKind.PULSE && request.customer() == null) {
      request = request.forCustomer(campaign.team());
    }
    request.check(campaign.customers());
    List<IssuedInvitation> issued = new ArrayList<>();
    for (int i = 0; i < request.size(); i++) {
      String token = Tokens.next();
      invitations.add(campaignId, request.customer(), Tokens.hash(token), request.email(i), at);
      issued.add(new IssuedInvitation(token, request.email(i)));
    }
    return issued;
  }

  private void record(String token, NewResponse response, Locale language, Instant at) {
    InvitationStore.Found invitation = unused(token);
    List<Question> questions = campaigns.questions(invitation.campaignId());
    response.check(questions);
    String team = campaign(invitation.campaignId()).team();
    if (response.followUp() && !hasLead(team)) {
      Violations noOne = new Violations();
      noOne.add("consent", "noOneToCall");
      noOne.throwIfAny();
    }
    if (!invitations.use(Tokens.hash(token), at.truncatedTo(ChronoUnit.DAYS))) {
      throw new AlreadyAnswered();
    }
    contacts.cut(Tokens.hash(token));
    responses.add(invitation.campaignId(), invitation.customer(), at, language, response.answers(), questions);
    if (response.followUp()) {
      events.publishEvent(FollowUpAsked.of(invitation.campaignId(), team, label(invitation.customer()), response,
          questions, language));
    }
  }

  /** Whether the team has a lead in the current model, who would own a follow-up. */
  private boolean hasLead(String team) {
    return current.get().map(now -> now.diagnosis().model().teams().stream()
        .anyMatch(t -> t.id().equals(team) && t.lead() != null)).orElse(false);
  }

  private Conversation log(NewConversation conversation, String by, Instant at) {
    NewConversation dated = conversation.heldAtOrNow(at);
    dated.check(model(), at);
    return conversations.add(dated, by, at);
  }

  private InvitationStore.Found unused(String token) {
    InvitationStore.Found invitation = invitations.find(Tokens.hash(token)).orElseThrow(UnknownInvitation::new);
    if (invitation.answered()) {
      throw new AlreadyAnswered();
    }
    return invitation;
  }
}

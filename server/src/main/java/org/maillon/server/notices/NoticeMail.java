package org.maillon.server.notices;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.maillon.server.mail.MailBody;
import org.maillon.server.mail.OutgoingMail;
import org.maillon.server.mail.PublicLinks;
import org.maillon.server.notices.Recipients.Recipient;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The notices a lead receives, in their language, as plain text and HTML: who writes (the
 * organisation's name), what happened, and a link to the page where it is shown.
 */
@Component
class NoticeMail {

  private final MessageSource messages;
  private final PublicLinks links;

  NoticeMail(MessageSource messages, PublicLinks links) {
    this.messages = messages;
    this.links = links;
  }

  /** A link of a lead's team overdue for listening; {@code lastListened} is null when never listened to. */
  record OverdueLink(String team, String customer, LocalDate lastListened, int cadenceDays) {}

  /** Links of the lead's teams fell overdue for listening: one message for all of them. */
  OutgoingMail overdueLinks(Recipient to, String organisation, List<OverdueLink> links) {
    Locale locale = to.language();
    List<String> sentences = links.stream().map(link -> link.lastListened() == null
        ? text("notices.mail.overdue.never", locale, link.team(), link.customer())
        : text("notices.mail.overdue.body", locale, link.team(), link.customer(), link.lastListened().toString(),
            link.cadenceDays())).toList();
    MailBody body = links.size() == 1 ? start(to).paragraph(sentences.get(0))
        : start(to).paragraph(text("notices.mail.overdue.many", locale, links.size())).items(sentences);
    String subject = links.size() == 1 ? text("notices.mail.overdue.subject", locale, organisation, links.get(0).customer())
        : text("notices.mail.overdue.manySubject", locale, organisation, links.size());
    return finish(body, to, text("notices.mail.why", locale, organisation), "notices.mail.overdue.link", "/listening",
        subject);
  }

  /** An action the person owns falls due. */
  OutgoingMail actionDue(Recipient to, String organisation, long action, String title, String team, LocalDate due) {
    Locale locale = to.language();
    return finish(start(to).paragraph(text("notices.mail.action.body", locale, title, team, due.toString())), to,
        text("notices.mail.why", locale, organisation), "notices.mail.action.link", "/actions/" + action,
        text("notices.mail.action.subject", locale, organisation, due.toString(), title));
  }

  /** The weekly digest of a lead's teams. */
  OutgoingMail digest(Recipient to, String organisation, Digest digest) {
    Locale locale = to.language();
    String teams = String.join(", ", digest.teams());
    MailBody body = start(to).paragraph(text("notices.mail.digest.intro", locale, teams))
        .paragraph(text("notices.mail.digest.findings", locale, digest.findings().size()))
        .items(digest.findings().stream().map(finding -> finding.message(locale)).toList())
        .paragraph(text("notices.mail.digest.overdue", locale, digest.overdueLinks().size()))
        .items(digest.overdueLinks())
        .paragraph(text("notices.mail.digest.actions", locale, digest.actions().size()))
        .items(digest.actions())
        .paragraph(text("notices.mail.digest.verbatims", locale, digest.newVerbatims(), digest.verbatims()));
    return finish(body, to, text("notices.mail.digest.why", locale, organisation), "notices.mail.digest.link", "/",
        text("notices.mail.digest.subject", locale, organisation, teams));
  }

  private MailBody start(Recipient to) {
    return new MailBody(to.language()).paragraph(text("notices.mail.greeting", to.language(), to.name()));
  }

  /** The end of every notice: the link to its page, and why the lead receives it. */
  private OutgoingMail finish(MailBody body, Recipient to, String why, String linkLabel, String path,
      String subject) {
    Locale locale = to.language();
    return body.link(text(linkLabel, locale), links.to(path, locale))
        .footer(why, text("notices.mail.account", locale), links.to("/account", locale))
        .mail("notice-" + UUID.randomUUID(), to.email(), subject);
  }

  private String text(String code, Locale locale, Object... arguments) {
    return messages.getMessage(code, arguments, locale);
  }
}

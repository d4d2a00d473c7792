package org.maillon.server.notices;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.maillon.server.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for notices and weekly digests due every {@code maillon.notices.check} (an hour by
 * default), and says in the log what it queued and which leads or owners it could not reach,
 * having no email in the model. With several processes on one database, one of them runs it each
 * period, on the latest version whichever process stored it.
 */
@Component
class NoticeJob {

  private static final Logger LOG = LoggerFactory.getLogger(NoticeJob.class);

  private final LeadNotices notices;
  private final WeeklyDigest digests;
  private final OrganizationService organizations;

  NoticeJob(LeadNotices notices, WeeklyDigest digests, OrganizationService organizations) {
    this.notices = notices;
    this.digests = digests;
    this.organizations = organizations;
  }

  @Scheduled(initialDelayString = "${maillon.jobs.first-run:${maillon.notices.check:PT1H}}",
      fixedDelayString = "${maillon.notices.check:PT1H}")
  @SchedulerLock(name = "notices", lockAtMostFor = "${maillon.notices.check:PT1H}",
      lockAtLeastFor = "${maillon.notices.check:PT1H}")
  void run() {
    organizations.catchUp();
    LeadNotices.Run run = notices.sendDue();
    if (run.queued() > 0 || !run.withoutEmail().isEmpty()) {
      LOG.info("Notices: {} queued; {} people to notify have no email in the model: {}", run.queued(),
          run.withoutEmail().size(), run.withoutEmail());
    }
    int digested = digests.sendDue();
    if (digested > 0) {
      LOG.info("Weekly digests: {} queued", digested);
    }
  }
}

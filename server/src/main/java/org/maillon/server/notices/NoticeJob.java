package org.maillon.server.notices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for notices and weekly digests due every {@code maillon.notices.check} (an hour by
 * default), and says in the log what it queued and which leads or owners it could not reach,
 * having no email in the model.
 */
@Component
class NoticeJob {

  private static final Logger LOG = LoggerFactory.getLogger(NoticeJob.class);

  private final LeadNotices notices;
  private final WeeklyDigest digests;

  NoticeJob(LeadNotices notices, WeeklyDigest digests) {
    this.notices = notices;
    this.digests = digests;
  }

  @Scheduled(initialDelayString = "${maillon.notices.check:PT1H}", fixedDelayString = "${maillon.notices.check:PT1H}")
  void run() {
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

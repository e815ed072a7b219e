package dev.staybook.notifications.internal.application;

import dev.staybook.kernel.SchemasMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Sends the mail outbox: right after each commit that queued a mail, and every poll interval anyway,
 * which picks up retries and mails whose worker died (their lease runs out). Each instance runs one loop
 * at a time; instances share the work through SKIP LOCKED.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    MailBatches batches;
    @Inject
    MailTransport transport;
    @Inject
    MailSettings settings;

    private MailLoop loop;
    private ScheduledFuture<?> poll;

    @PostConstruct
    void createLoop() {
        loop = new MailLoop(this::sendBatch, MailBatches.BATCH);
    }

    void start(@Observes SchemasMigrated migrated) {
        long every = settings.pollInterval().toMillis();
        poll = scheduler.scheduleWithFixedDelay(loop::run, every, every, TimeUnit.MILLISECONDS);
        if (!settings.sendsMail()) {
            LOG.info("No mail host configured (STAYBOOK_MAIL_HOST): mails are written to the log instead of sent");
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueue.MailQueued queued) {
        loop.requestPass();
        if (!loop.isRunning()) {
            executor.execute(loop::run);
        }
    }

    /**
     * Claims a batch, sends each mail outside any transaction, records the outcomes; returns the batch size. Should
     * the instance die before the sent mails are recorded, their lease runs out and they go again: one message to mail
     * clients, as the Message-ID is the mail's.
     */
    int sendBatch() {
        List<OutgoingMail> claimed = batches.claim();
        List<UUID> sent = new ArrayList<>();
        for (OutgoingMail mail : claimed) {
            try {
                transport.send(mail);
                sent.add(mail.id());
            } catch (MailTransport.MailNotSent failure) {
                LOG.warning(() -> "Mail " + mail.id() + " not sent, will retry: " + failure.getMessage());
                batches.failed(mail.id(), failure.getMessage());
            }
        }
        if (!sent.isEmpty()) {
            batches.sent(sent);
        }
        return claimed.size();
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }
}

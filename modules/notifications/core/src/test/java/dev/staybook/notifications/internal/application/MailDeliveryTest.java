package dev.staybook.notifications.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.notifications.internal.domain.Recipient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A worker's pass over a claimed batch: each mail is sent on its own, the sent ones are recorded together, a refused one for a retry. */
class MailDeliveryTest {

    private final RecordingBatches batches = new RecordingBatches();
    private final MailDelivery delivery = new MailDelivery();

    private static OutgoingMail mailTo(String address) {
        UUID id = UUID.randomUUID();
        return new OutgoingMail(id, "<mail-" + id + "@staybook.dev>", new Recipient(address, "Someone"), "Subject", "Body");
    }

    @Test
    void aRefusedMailIsRecordedAsFailedWhileTheOthersGoOut() {
        OutgoingMail accepted = mailTo("ada@example.com");
        OutgoingMail refused = mailTo("refused@example.com");
        OutgoingMail alsoAccepted = mailTo("bo@example.com");
        batches.due = List.of(accepted, refused, alsoAccepted);
        delivery.batches = batches;
        delivery.transport = mail -> {
            if (mail.to().email().startsWith("refused")) {
                throw new MailTransport.MailNotSent("550 mailbox unavailable", null);
            }
        };

        assertEquals(3, delivery.sendBatch(), "the batch size tells the loop whether to go on");
        assertEquals(List.of(accepted.id(), alsoAccepted.id()), batches.sent);
        assertEquals(Map.of(refused.id(), "550 mailbox unavailable"), batches.failed);
    }

    @Test
    void anEmptyBatchSendsNothing() {
        delivery.batches = batches;
        delivery.transport = mail -> {
            throw new AssertionError("nothing to send");
        };

        assertEquals(0, delivery.sendBatch());
        assertEquals(List.of(), batches.sent);
    }

    /** The outcomes the worker records, instead of the database. */
    private static final class RecordingBatches extends MailBatches {
        List<OutgoingMail> due = List.of();
        final List<UUID> sent = new ArrayList<>();
        final Map<UUID, String> failed = new LinkedHashMap<>();

        @Override
        public List<OutgoingMail> claim() {
            return due;
        }

        @Override
        public void sent(List<UUID> ids) {
            sent.addAll(ids);
        }

        @Override
        public void failed(UUID id, String error) {
            failed.put(id, error);
        }
    }
}

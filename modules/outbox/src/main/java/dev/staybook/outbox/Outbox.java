package dev.staybook.outbox;

import dev.staybook.kernel.event.IntegrationEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Where every module publishes its events: in the caller's transaction, so an event exists if and only if
 * the change it announces commits, together with one delivery per subscriber of its type. The workers are
 * told once the transaction commits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    @Inject
    Subscribers subscribers;
    @Inject
    DeliveryStore store;
    @Inject
    Event<PublishedInTransaction> committed;
    @Resource
    TransactionSynchronizationRegistry transaction;

    public void publish(IntegrationEvent event) {
        Class<? extends IntegrationEvent> type = event.getClass();
        List<Subscriber> to = subscribers.of(type);
        var published = new PublishedInTransaction.Published(EventNames.publisherOf(type), EventNames.typeOf(type));
        store.publish(publication(event, published, to));
        publishedInThisTransaction().add(published, event.eventId(), to);
    }

    /**
     * Publishes many events in the caller's transaction with one batch of statements; each is stored and
     * delivered exactly as {@link #publish} would.
     */
    public void publishAll(List<? extends IntegrationEvent> events) {
        List<DeliveryStore.Publication> publications = new ArrayList<>(events.size());
        PublishedInTransaction inTransaction = events.isEmpty() ? null : publishedInThisTransaction();
        for (IntegrationEvent event : events) {
            Class<? extends IntegrationEvent> type = event.getClass();
            List<Subscriber> to = subscribers.of(type);
            var published = new PublishedInTransaction.Published(EventNames.publisherOf(type), EventNames.typeOf(type));
            publications.add(publication(event, published, to));
            inTransaction.add(published, event.eventId(), to);
        }
        store.publishAll(publications);
    }

    private static DeliveryStore.Publication publication(IntegrationEvent event, PublishedInTransaction.Published published,
                                                         List<Subscriber> to) {
        return new DeliveryStore.Publication(event, published.publisher(), published.type(), EventJson.write(event),
                ErasableProperties.heldBy(event), to.stream().map(Subscriber::name).toList());
    }

    /** One record per transaction, handed to the workers' after-commit observer when it is first created. */
    private PublishedInTransaction publishedInThisTransaction() {
        PublishedInTransaction published = (PublishedInTransaction) transaction.getResource(PublishedInTransaction.class);
        if (published == null) {
            published = new PublishedInTransaction();
            transaction.putResource(PublishedInTransaction.class, published);
            committed.fire(published);
        }
        return published;
    }
}

package dev.staybook.bookings.internal.domain.cancellation;

/**
 * What a guest gets back when they cancel a confirmed stay before it begins. (A host who cancels always
 * refunds the guest in full, whatever the policy; nobody cancels a stay that has begun.)
 */
public interface CancellationPolicy {

    PolicyVersion version();

    /** The policy in a sentence or two, as guests see it when booking. */
    String summary();

    RefundTerms guestCancels(CancellationContext context);
}

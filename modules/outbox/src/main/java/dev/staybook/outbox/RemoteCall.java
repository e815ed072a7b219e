package dev.staybook.outbox;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a handler asks of a remote service (a payment provider) and what it does with the answer. The library makes
 * the calls of one batch at the same time on other threads ({@link RemoteCalls}), then completes each in the batch's
 * transaction and order: a batch of twenty deliveries waits for about one round trip, not twenty, and no worker holds
 * its transaction through twenty of them. So the call must not touch the transaction's entities (it runs elsewhere,
 * outside the transaction), and it must carry an idempotency key: after a failed batch each delivery is tried again on
 * its own and calls again.
 */
public final class RemoteCall<T> {

    private final Supplier<T> call;
    private final Consumer<? super T> then;
    private T answer;

    private RemoteCall(Supplier<T> call, Consumer<? super T> then) {
        this.call = call;
        this.then = then;
    }

    public static <T> RemoteCall<T> of(Supplier<T> call, Consumer<? super T> then) {
        return new RemoteCall<>(call, then);
    }

    /** Calls and completes at once, on this thread: for callers outside event delivery. */
    public void callAndComplete() {
        make();
        complete();
    }

    /** The call alone: on any thread, outside the transaction. */
    void make() {
        answer = call.get();
    }

    /** What follows the answer: in the batch's transaction, after {@link #make()} returned (a happens-before edge). */
    void complete() {
        then.accept(answer);
    }
}

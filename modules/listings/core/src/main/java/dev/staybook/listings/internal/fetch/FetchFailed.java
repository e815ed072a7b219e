package dev.staybook.listings.internal.fetch;

/** Why a calendar could not be fetched; {@code refusedAddress} when the URL (or a redirect) led to a non-public address. */
public class FetchFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean refusedAddress;

    FetchFailed(String reason, boolean refusedAddress) {
        super(reason, null, false, false);
        this.refusedAddress = refusedAddress;
    }

    static FetchFailed because(String reason) {
        return new FetchFailed(reason, false);
    }

    static FetchFailed refused(String reason) {
        return new FetchFailed(reason, true);
    }

    public boolean refusedAddress() {
        return refusedAddress;
    }
}

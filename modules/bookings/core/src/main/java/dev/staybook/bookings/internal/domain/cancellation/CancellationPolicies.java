package dev.staybook.bookings.internal.domain.cancellation;

import dev.staybook.listings.api.CancellationPolicyChoice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every version of every policy. New bookings take the latest version of the listing's policy; a
 * booking is always judged by the version it was made under, so changing a policy means adding a
 * version here, never editing an old one.
 */
public final class CancellationPolicies {

    private static final List<CancellationPolicy> ALL = List.of(new FlexiblePolicy(), new ModeratePolicy(), new StrictPolicy());
    private static final Map<PolicyVersion, CancellationPolicy> BY_VERSION =
            ALL.stream().collect(Collectors.toUnmodifiableMap(CancellationPolicy::version, Function.identity()));

    private CancellationPolicies() {
    }

    public static CancellationPolicy latest(CancellationPolicyChoice name) {
        return ALL.stream().filter(p -> p.version().name() == name)
                .max((a, b) -> Integer.compare(a.version().version(), b.version().version()))
                .orElseThrow(() -> new IllegalStateException("no policy named " + name));
    }

    public static Optional<CancellationPolicy> find(PolicyVersion version) {
        return Optional.ofNullable(BY_VERSION.get(version));
    }
}

package dev.staybook.identity.internal.application;

import dev.staybook.identity.api.UserId;
import dev.staybook.identity.api.PersonalDataExport;
import dev.staybook.identity.internal.domain.Profile;
import dev.staybook.identity.internal.domain.RefreshTokenRepository;
import dev.staybook.identity.internal.domain.SessionSummary;
import dev.staybook.identity.internal.domain.User;
import dev.staybook.identity.internal.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Identity's section of the export: the account and its profile, and the sign-in sessions (never a token). */
@ApplicationScoped
@Transactional
public class AccountExport implements PersonalDataExport {

    @Inject
    UserRepository users;
    @Inject
    RefreshTokenRepository refreshTokens;

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Object exportFor(UserId id) {
        return users.find(id).map(user -> of(user, refreshTokens.sessionsOf(id))).orElse(null);
    }

    private static Account of(User user, List<SessionSummary> sessions) {
        Profile profile = user.profile();
        return new Account(user.id().toString(), user.email().value(), profile.name(), profile.bio(), profile.avatarUrl(),
                profile.phone(), profile.languages(), user.roles().stream().map(Enum::name).sorted().toList(),
                user.status().name(), user.createdAt(), sessions);
    }

    /** The account as its owner may read it. */
    public record Account(String id, String email, String name, String bio, String avatarUrl, String phone,
                          List<String> languages, List<String> roles, String status, Instant createdAt,
                          List<SessionSummary> sessions) {
    }
}

package dev.staybook.identity.internal.domain;

import dev.staybook.identity.api.PublicProfile;
import dev.staybook.identity.api.Role;
import dev.staybook.identity.api.UserId;
import dev.staybook.kernel.error.Conflict;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A user account: who someone is (email, profile), how they prove it (password hash) and what they
 * may do (roles).
 *
 * <p>Lifecycle: registered ACTIVE as a GUEST; may become a HOST; may be SUSPENDED by an administrator
 * and reinstated; may be DELETED by its owner, for good: anonymized in place (other modules keep bookings and the
 * ledger under its id). Its address starts unverified and is verified once, with a mailed token (never unverified again:
 * the address cannot change). Invariants: the email is canonical and unique (the database enforces uniqueness);
 * every account keeps the GUEST role; the profile is always valid; only an active account can sign in.
 */
@Entity
@Table(name = "users")
public class User {

    /** What a deleted account is called wherever its name is still shown. */
    public static final String DELETED_NAME = "Deleted user";
    /** Not in the PHC shape of a password hash, so no password ever matches it. */
    private static final String UNUSABLE_PASSWORD_HASH = "!deleted";

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String name;

    private String bio;

    @Column(name = "avatar_url")
    private String avatarUrl;

    private String phone;

    @Column(nullable = false)
    private String[] languages;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "sessions_ended_at", nullable = false)
    private Instant sessionsEndedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Version
    private long version;

    protected User() {
        // for JPA
    }

    private User(UUID id, EmailAddress email, String passwordHash, Profile profile, Set<Role> roles, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.email = email.value();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = EnumSet.copyOf(roles);
        this.status = AccountStatus.ACTIVE;
        this.createdAt = now;
        this.passwordChangedAt = now;
        this.sessionsEndedAt = now;
        applyProfile(profile, now);
    }

    /** A new active guest account. */
    public static User register(UUID id, EmailAddress email, String passwordHash, String name, Instant now) {
        return new User(id, email, passwordHash, Profile.named(name), EnumSet.of(Role.GUEST), now);
    }

    /** An administrator account created from operator configuration, whose address the operator vouches for. */
    public static User administrator(UUID id, EmailAddress email, String passwordHash, String name, Instant now) {
        User administrator = new User(id, email, passwordHash, Profile.named(name), EnumSet.of(Role.GUEST, Role.ADMIN), now);
        administrator.verifyEmail(now);
        return administrator;
    }

    /** Records that the owner of the address proved they read its mail; returns false if it already was verified. */
    public boolean verifyEmail(Instant now) {
        if (emailVerifiedAt != null) {
            return false;
        }
        emailVerifiedAt = now;
        updatedAt = now;
        return true;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public void updateProfile(Profile profile, Instant now) {
        applyProfile(profile, now);
    }

    public void changePassword(String newPasswordHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.passwordChangedAt = now;
        this.sessionsEndedAt = now;
        this.updatedAt = now;
    }

    /** Replaces the hash of the unchanged password with a stronger one. */
    public void upgradePasswordHash(String strongerHash) {
        this.passwordHash = Objects.requireNonNull(strongerHash);
    }

    /** Adds the HOST role; returns false if the user already was a host. */
    public boolean becomeHost(Instant now) {
        boolean added = roles.add(Role.HOST);
        if (added) {
            updatedAt = now;
        }
        return added;
    }

    /** Ends every session the owner has signed in, on every device; the account itself stays as it is. */
    public void endSessions(Instant now) {
        requireNotDeleted();
        sessionsEndedAt = now;
        updatedAt = now;
    }

    public void suspend(Instant now) {
        requireNotDeleted();
        if (status == AccountStatus.SUSPENDED) {
            throw new Conflict("already-suspended", "The account is already suspended.");
        }
        status = AccountStatus.SUSPENDED;
        sessionsEndedAt = now;
        updatedAt = now;
    }

    public void reinstate(Instant now) {
        requireNotDeleted();
        if (status == AccountStatus.ACTIVE) {
            throw new Conflict("not-suspended", "The account is not suspended.");
        }
        status = AccountStatus.ACTIVE;
        updatedAt = now;
    }

    /**
     * Deletes the account by anonymizing it: an address of the reserved {@code .invalid} domain (unique, as it holds
     * the id), a neutral name, no profile details, a password hash no password matches. The id stays, since other
     * modules keep records under it.
     */
    public void delete(Instant now) {
        requireNotDeleted();
        this.email = "deleted-" + id + "@deleted.invalid";
        this.passwordHash = UNUSABLE_PASSWORD_HASH;
        this.status = AccountStatus.DELETED;
        this.deletedAt = now;
        this.passwordChangedAt = now;
        this.sessionsEndedAt = now;
        applyProfile(Profile.named(DELETED_NAME), now);
    }

    private void requireNotDeleted() {
        if (isDeleted()) {
            throw new Conflict("account-deleted", "The account has been deleted.");
        }
    }

    public boolean isDeleted() {
        return status == AccountStatus.DELETED;
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE;
    }

    private void applyProfile(Profile profile, Instant now) {
        this.name = profile.name();
        this.bio = profile.bio();
        this.avatarUrl = profile.avatarUrl();
        this.phone = profile.phone();
        this.languages = profile.languages().toArray(String[]::new);
        this.updatedAt = now;
    }

    public UserId id() {
        return new UserId(id);
    }

    public EmailAddress email() {
        return new EmailAddress(email);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Profile profile() {
        return new Profile(name, bio, avatarUrl, phone, Arrays.asList(languages));
    }

    public boolean isAdministrator() {
        return roles.contains(Role.ADMIN);
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public AccountStatus status() {
        return status;
    }

    /**
     * When the account's sessions last ended (its password changed or was reset, it was suspended or deleted): sessions
     * signed in and access tokens issued before it are over.
     */
    public Instant sessionsEndedAt() {
        return sessionsEndedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public PublicProfile publicProfile() {
        return new PublicProfile(id(), name, bio, avatarUrl, List.of(languages), roles, createdAt);
    }
}

package dev.staybook.identity.internal.application;

import dev.staybook.identity.api.Contact;
import dev.staybook.identity.api.UserContacts;
import dev.staybook.identity.api.UserId;
import dev.staybook.identity.internal.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Identity's answer to "how do I reach this user?": the account's email address and profile name. */
@ApplicationScoped
@Transactional
public class RegisteredContacts implements UserContacts {

    @Inject
    UserRepository users;

    @Override
    public Optional<Contact> contactOf(UserId id) {
        // a deleted account has no address any more (its anonymized one is undeliverable by design)
        return users.find(id).filter(user -> !user.isDeleted()).map(user -> new Contact(user.email().value(), user.profile().name()));
    }
}

package dev.staybook.identity.internal.application;

import dev.staybook.identity.api.UserId;
import dev.staybook.identity.api.PersonalDataExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything held about a user, one section per module that publishes a {@link PersonalDataExport}. */
@ApplicationScoped
public class PersonalDataArchive {

    @Inject
    @Any
    Instance<PersonalDataExport> sections;
    @Inject
    Clock clock;

    /** The archive: when it was made, whose it is, and each module's section, in a stable order. */
    public Archive of(UserId user) {
        Map<String, Object> bySection = new LinkedHashMap<>();
        sections.stream().sorted(Comparator.comparing(PersonalDataExport::section))
                .forEach(section -> bySection.put(section.section(), section.exportFor(user)));
        return new Archive(user.toString(), clock.instant(), bySection);
    }

    /** The export as written to JSON. */
    public record Archive(String userId, Instant exportedAt, Map<String, Object> sections) {
    }
}

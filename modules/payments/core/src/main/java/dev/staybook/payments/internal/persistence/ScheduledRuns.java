package dev.staybook.payments.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Which scheduled runs were claimed: the primary key lets exactly one instance claim a day. */
@ApplicationScoped
@Transactional
public class ScheduledRuns {

    @PersistenceContext(unitName = "payments")
    EntityManager em;
    @Inject
    Clock clock;

    public boolean claim(String job, String runKey) {
        return em.createNativeQuery("""
                insert into payments.scheduled_runs (job_name, run_key, started_at) values (:job, :run, :at)
                on conflict do nothing""")
                .setParameter("job", job).setParameter("run", runKey).setParameter("at", clock.instant())
                .executeUpdate() == 1;
    }

    public void started(String job, String runKey, long execution) {
        em.createNativeQuery("update payments.scheduled_runs set execution = :execution where job_name = :job and run_key = :run")
                .setParameter("execution", execution).setParameter("job", job).setParameter("run", runKey).executeUpdate();
    }
}

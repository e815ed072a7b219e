package dev.staybook.identity.internal.persistence;

import dev.staybook.jdbc.ChunkedStatement;
import dev.staybook.kernel.maintenance.MaintenanceTask;
import dev.staybook.kernel.maintenance.Retentions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Identity's nightly clean-up: refresh tokens that expired or were revoked longer ago than the token
 * retention, and password reset and email verification tokens that expired longer ago than it. Used but still valid refresh tokens stay:
 * presenting one again is how a stolen token is detected.
 */
@ApplicationScoped
public class IdentityMaintenance implements MaintenanceTask {

    private static final String PURGE_TOKENS = ChunkedStatement.deleteWhere("identity.refresh_tokens",
            "expires_at < ? OR revoked_at < ?");
    private static final String PURGE_RESET_TOKENS = ChunkedStatement.deleteWhere("identity.password_reset_tokens", "expires_at < ?");
    private static final String PURGE_VERIFICATION_TOKENS = ChunkedStatement.deleteWhere("identity.email_verification_tokens",
            "expires_at < ?");

    @Resource(lookup = "jdbc/staybook")
    DataSource dataSource;

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public long cleanUp(Retentions retentions) {
        var cutoff = retentions.before(retentions.tokens());
        var purge = new ChunkedStatement(dataSource::getConnection, retentions.chunkSize());
        return purge.repeat(PURGE_TOKENS, cutoff, cutoff) + purge.repeat(PURGE_RESET_TOKENS, cutoff)
                + purge.repeat(PURGE_VERIFICATION_TOKENS, cutoff);
    }

    @Override
    public long refreshStatistics() {
        ChunkedStatement.execute(dataSource::getConnection, "ANALYZE identity.users, identity.user_roles, identity.refresh_tokens");
        return 3;
    }
}

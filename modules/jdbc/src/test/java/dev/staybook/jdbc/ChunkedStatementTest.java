package dev.staybook.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChunkedStatementTest {

    @Test
    void aChunkedDeleteFindsItsRowsByTheConditionAndLimitsThem() {
        assertEquals("DELETE FROM identity.refresh_tokens WHERE ctid = ANY (ARRAY (SELECT ctid FROM identity.refresh_tokens"
                + " WHERE expires_at < ? LIMIT ?))", ChunkedStatement.deleteWhere("identity.refresh_tokens", "expires_at < ?"));
    }
}

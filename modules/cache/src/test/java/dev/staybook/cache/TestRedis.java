package dev.staybook.cache;

import java.util.UUID;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** The real Redis of the integration tests ({@code staybook.test.redis.url}), under a key prefix of their own. */
final class TestRedis implements AutoCloseable {

    final RedisClient client = RedisConnection.open(System.getProperty("staybook.test.redis.url", "redis://127.0.0.1:6379"));
    final String prefix = "staybook-test:" + UUID.randomUUID() + ":";

    /** Removes every key of this run. */
    @Override
    public void close() {
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = client.scan(cursor, new ScanParams().match(prefix + "*").count(500));
            page.getResult().forEach(client::del);
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        client.close();
    }
}

package dev.staybook.cache;

import java.time.Duration;

class InProcessRateCounterTest extends RateCounterContract {

    @Override
    RateCounter newCounter(Duration window, int limit) {
        return new InProcessRateCounter(window, limit);
    }
}

package dev.staybook.listings.api;

import dev.staybook.kernel.Money;
import java.time.LocalDate;

/** The price of one night: the listing's base price, or the host's override for that date. */
public record NightlyRate(LocalDate night, Money price) {
}

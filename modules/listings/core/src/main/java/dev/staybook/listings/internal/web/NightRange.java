package dev.staybook.listings.internal.web;

import dev.staybook.kernel.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Consecutive nights, as calendar changes name them. */
@Schema(name = "NightRange", requiredProperties = {"from", "to"}, description = "The nights from \"from\" up to, not including, \"to\".")
public record NightRange(LocalDate from, LocalDate to) {

    static List<NightRange> of(List<DateRange> ranges) {
        return ranges == null ? null : ranges.stream().map(range -> new NightRange(range.checkIn(), range.checkOut())).toList();
    }
}

package com.propcare.command.visit;

import com.propcare.events.OfficeId;
import com.propcare.events.visit.MassMoveInId;

import java.time.LocalDate;
import java.util.Optional;

/** The declared mass move-in windows of the offices. */
public interface MassMoveIns {

    /** The declared window {@code date} falls into; the earliest declared when several overlap. */
    Optional<MassMoveInId> covering(OfficeId office, LocalDate date);
}

package com.propcare.events.workorder;

import java.time.LocalDate;

/** The period a paid or special service is contracted for; its callbacks fall mid-contract and after it ends. */
public record ContractPeriod(LocalDate start, LocalDate end) {
}

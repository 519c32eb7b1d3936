package com.propcare.events.visit;

/** Every fact in one visit obligation's stream. */
public sealed interface VisitEvent permits VisitScheduled, VisitSkipped, VisitAppointed, VisitRecorded, VisitOverdue {
    VisitId visitId();
}

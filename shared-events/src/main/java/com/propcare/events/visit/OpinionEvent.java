package com.propcare.events.visit;

/** Every fact in one opinion's stream. */
public sealed interface OpinionEvent permits OpinionRaised, OpinionFiledAsComplaint, OpinionAnswered, OpinionOverdue {
    OpinionId opinionId();
}

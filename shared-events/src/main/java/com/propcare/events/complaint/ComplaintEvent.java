package com.propcare.events.complaint;

/** Every fact in a complaint's stream; the set is closed so that readers can switch over it exhaustively. */
public sealed interface ComplaintEvent
        permits ComplainantConfirmed, ComplaintClassified, ComplaintClosed, ComplaintDeclaredInvalid, ComplaintDispatched, ComplaintEscalated, ComplaintFlaggedAsRepeat, ComplaintRegistered, ComplaintReopened, ComplaintReviewRequested, ComplaintVerified, CorrectiveActionCompleted, CorrectiveActionPlanned, DispatchReceived, FirstReplyGiven, HandlingDecided, HandlingResultReported, RemedialActionRecorded {
    ComplaintId complaintId();
}

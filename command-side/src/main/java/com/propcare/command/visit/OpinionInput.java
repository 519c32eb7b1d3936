package com.propcare.command.visit;

import com.propcare.command.support.DomainRefusal;
import com.propcare.events.HouseholdId;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.visit.OpinionId;
import com.propcare.events.visit.OpinionType;
import com.propcare.events.visit.RaisedOpinion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An opinion as a visit, reception or meeting record states it. Its id is derived from the source and its position,
 * {@code <source>:opinion-<n>}, so a redelivered record raises the same opinions again, which changes nothing.
 *
 * @param householdId null: the household of the source, if it has one
 */
public record OpinionInput(OpinionType type, String text, HouseholdId householdId, ComplaintCategory category) {

    /**
     * The opinions of one record with their ids, each naming {@code sourceHousehold} unless it names its own.
     *
     * @param field the request field that lists them, named in a refusal
     */
    public static List<RaisedOpinion> raise(String sourceId, HouseholdId sourceHousehold, List<OpinionInput> inputs,
                                            String field) {
        List<RaisedOpinion> raised = new ArrayList<>();
        List<OpinionInput> all = inputs == null ? List.of() : inputs;
        for (int i = 0; i < all.size(); i++) {
            OpinionInput input = all.get(i);
            HouseholdId household = input.householdId() != null ? input.householdId() : sourceHousehold;
            if (input.type() == OpinionType.COMPLAINT && household == null) {
                throw DomainRefusal.unprocessable(VisitRefusalCodes.OPINION_COMPLAINT_NEEDS_HOUSEHOLD,
                                                  "A complaint enters the register under a household; name it",
                                                  Map.of("field", field + "[" + i + "].householdId"));
            }
            raised.add(new RaisedOpinion(new OpinionId(sourceId + ":opinion-" + (i + 1)), input.type(),
                                         input.text(), household,
                                         input.type() == OpinionType.COMPLAINT ? input.category() : null));
        }
        return List.copyOf(raised);
    }
}

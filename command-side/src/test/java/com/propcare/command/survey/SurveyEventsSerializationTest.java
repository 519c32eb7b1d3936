package com.propcare.command.survey;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.survey.Answer;
import com.propcare.events.survey.SurveyCampaignId;
import com.propcare.events.survey.SurveyReturnRecorded;
import com.propcare.eventstore.EventStoreConfiguration;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers keep their type through the store's serializer, so that both sides compare them as answers. */
class SurveyEventsSerializationTest {

    @Test
    void a_return_reads_back_with_typed_answers_whatever_map_it_was_built_from() {
        Serializer serializer = EventStoreConfiguration.plainJsonSerializer();
        Map<Category, List<Answer>> answers = new EnumMap<>(Category.class);
        answers.put(Category.CLEANING, new ArrayList<>(List.of(Answer.NOT_SATISFIED)));
        answers.put(Category.GREENING, List.of());
        SurveyReturnRecorded recorded = new SurveyReturnRecorded(
                new SurveyCampaignId("office-1:2026-H2"), new OfficeId("office-1"), "r-1", new HouseholdId("h-1"),
                answers, "ok", Instant.parse("2026-12-02T02:00:00Z"), new StaffId("clerk-1"));

        SerializedObject<byte[]> serialized = serializer.serialize(recorded, byte[].class);
        SurveyReturnRecorded read = serializer.deserialize(serialized);

        assertThat(read).isEqualTo(recorded);
        assertThat(read.answers().get(Category.CLEANING).get(0)).isInstanceOf(Answer.class);
    }
}

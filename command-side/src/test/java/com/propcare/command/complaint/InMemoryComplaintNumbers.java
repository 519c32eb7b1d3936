package com.propcare.command.complaint;

import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ComplaintNumber;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts per office and year in memory and remembers what it handed out. */
final class InMemoryComplaintNumbers implements ComplaintNumbers {

    private final Map<String, Integer> counters = new HashMap<>();
    private final List<ComplaintNumber> issued = new ArrayList<>();

    @Override
    public ComplaintNumber next(OfficeId office, Year year) {
        int sequence = counters.merge(office.value() + ":" + year.getValue(), 1, Integer::sum);
        ComplaintNumber number = new ComplaintNumber(String.format("TS-%d-%06d", year.getValue(), sequence));
        issued.add(number);
        return number;
    }

    List<ComplaintNumber> issued() {
        return List.copyOf(issued);
    }
}

package com.propcare.command.complaint;

import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ComplaintNumber;

import java.time.Year;

/**
 * Allocates the human-readable number that the register, the handling notice and the original document share
 * [002]. Unique per office and year; a number taken by a command that then fails is not reused (gaps are
 * allowed, duplicates are not).
 */
public interface ComplaintNumbers {

    ComplaintNumber next(OfficeId office, Year year);
}

package com.propcare.command.policy;

import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Monday to Friday. A stand-in until the mainland-China holiday calendar with its make-up working days (调休) is
 * loaded as data; deadlines computed with it can be early around public holidays, never late.
 */
@Component
public class WeekendOnlyWorkingDays implements WorkingDays {

    @Override
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}

package com.propcare.command.reception;

import com.propcare.events.SealedValue;
import com.propcare.events.reception.ReceptionId;

/** Seals a visitor's name under the reception entry's id before it goes into an event. */
public interface VisitorNames {

    SealedValue seal(ReceptionId reception, String name);
}

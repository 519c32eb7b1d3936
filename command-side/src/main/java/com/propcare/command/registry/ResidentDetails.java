package com.propcare.command.registry;

import com.propcare.events.registry.ResidentRole;

/**
 * A person of a household in clear text, as the office typed it. It only travels inside a command: the household
 * seals name and phone before anything is stored. {@code phone} may be null.
 */
public record ResidentDetails(ResidentRole role, String name, String phone) {

    /** Keeps names and phones out of logs and error messages that print commands. */
    @Override
    public String toString() {
        return "ResidentDetails[role=" + role + ", personal data withheld]";
    }
}

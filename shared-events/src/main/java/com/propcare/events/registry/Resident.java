package com.propcare.events.registry;

import com.propcare.events.SealedValue;

/**
 * A person of a household. Name and phone are personal data: sealed with the household's key, never in clear text.
 * {@code phone} is null when none was given.
 */
public record Resident(ResidentRole role, SealedValue name, SealedValue phone) {
}

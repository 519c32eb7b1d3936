/**
 * The registry's read side: one document per office (its structure), per household and per member of staff, plus
 * indexes of each office's households and staff (a few bucket documents per office), so that every answer is an
 * exact-key read.
 * Residents stay sealed in the read models as in the log; they are decrypted only when one household is shown.
 */
package com.propcare.query.registry;

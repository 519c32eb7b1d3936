package com.propcare.command.callback;

import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.policy.CallbackRules.Signatures;
import com.propcare.events.registry.ContactChannel;

/** What each callback method means for the household's channel choice and for the resident's signature. */
final class CallbackMethods {

    private CallbackMethods() {
    }

    /**
     * The contact channel a method uses, for the household's declined channels (客户自愿原则): phone → PHONE, in
     * person → VISIT, SMS → SMS, e-mail → EMAIL, letter → LETTER, online → ONLINE, and a questionnaire → LETTER,
     * because 《业主建议征询单》 is handed over or posted on paper like a letter.
     */
    static ContactChannel channelOf(CallbackMethod method) {
        return switch (method) {
            case PHONE -> ContactChannel.PHONE;
            case IN_PERSON -> ContactChannel.VISIT;
            case SMS -> ContactChannel.SMS;
            case EMAIL -> ContactChannel.EMAIL;
            case LETTER, QUESTIONNAIRE -> ContactChannel.LETTER;
            case ONLINE -> ContactChannel.ONLINE;
        };
    }

    /** Remote methods leave the resident nothing to sign; on the phone the staff member is recorded instead [000]. */
    static boolean canBeSigned(CallbackMethod method) {
        return switch (method) {
            case IN_PERSON, LETTER, QUESTIONNAIRE -> true;
            case PHONE, SMS, EMAIL, ONLINE -> false;
        };
    }

    /**
     * Whether the policy asks for the resident's signature, or a recorded refusal, on this method (domain §2, §7):
     * in person only [000]; after routine callbacks, i.e. in person and on paper [004]; or never [003].
     */
    static boolean needsSignature(CallbackMethod method, Signatures policy) {
        return switch (policy) {
            case REQUIRED_IN_PERSON -> method == CallbackMethod.IN_PERSON;
            case REQUIRED_AFTER_ROUTINE_CALLBACKS -> method == CallbackMethod.IN_PERSON
                    || method == CallbackMethod.LETTER || method == CallbackMethod.QUESTIONNAIRE;
            case OPTIONAL -> false;
        };
    }
}

package com.propcare.access;

import org.springframework.security.core.AuthenticationException;

/** The account belongs to a member of staff who has left: it can neither act nor read (401, ACCOUNT_INACTIVE). */
class AccountInactive extends AuthenticationException {

    AccountInactive(String account) {
        super(account + " has left the office's staff");
    }
}

package org.careplanner.domain;

public enum SignatureMethod {
    /** Drawn on screen with a finger, stylus or mouse. */
    DRAWN,
    /** The signer could not sign and agreed verbally, with a witness named. */
    VERBAL_WITH_WITNESS,
    /** Signed on paper (wet ink), recorded afterwards. */
    WET_INK
}

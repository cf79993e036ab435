package org.careplanner.domain;

import java.time.Instant;

/**
 * Who signed, in what role, when and how.
 *
 * @param imagePng base64 PNG of a drawn signature, or "" when not drawn
 * @param witness  the witness's name for a verbal agreement
 */
public record Signature(SignerRole role, String name, Instant signedAt, SignatureMethod method, String witness,
                        String imagePng) {
    public Signature {
        name = Text.of(name);
        method = method == null ? SignatureMethod.DRAWN : method;
        witness = Text.of(witness);
        imagePng = Text.of(imagePng);
    }
}

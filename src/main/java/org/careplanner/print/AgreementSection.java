package org.careplanner.print;

import java.io.IOException;
import java.util.Base64;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SignatureMethod;
import org.careplanner.domain.SignerRole;

/**
 * The plan's last part: any disagreement, each signature (the drawn image, the name, the role in plain
 * words and the date; "agreed verbally, witnessed by ..." for a verbal agreement) and, while the plan is
 * not approved, an empty block for the commissioner to sign in ink.
 */
final class AgreementSection {

    private static final float SIGNATURE_WIDTH = 200f;
    private static final float SIGNATURE_HEIGHT = 60f;

    private final Plan plan;
    private final PlanText text;
    private final PDDocument document;

    AgreementSection(Plan plan, PlanText text, PDDocument document) {
        this.plan = plan;
        this.text = text;
        this.document = document;
    }

    void add() {
        PlanWords words = text.words;
        text.heading(words.get("agreement.heading"));
        text.field("agreement.disagreement", plan.disagreement());
        if (plan.signatures().isEmpty()) {
            text.body(words.get("agreement.noneYet"));
        }
        for (Signature s : plan.signatures()) {
            text.space();
            text.flow.keepTogether(SIGNATURE_HEIGHT + 4 * PrintSize.leading(text.bodySize()));
            if (s.method() == SignatureMethod.DRAWN) {
                drawImage(s.imagePng());
            }
            text.field("agreement.name", s.name());
            text.field("agreement.role", s.role() == null ? "" : words.of("role", s.role()));
            text.field("agreement.date", s.signedAt() == null ? ""
                    : PlanWords.date(s.signedAt().atZone(PlanDocument.UK).toLocalDate()));
            if (s.method() == SignatureMethod.VERBAL_WITH_WITNESS) {
                text.body(words.get("agreement.verbal", s.witness().isBlank() ? "?" : s.witness()));
            } else if (s.method() == SignatureMethod.WET_INK) {
                text.body(words.get("agreement.wetInk"));
            }
            text.space();
            text.flow.rule();
        }
        if (plan.status() != PlanStatus.APPROVED
                && plan.signatures().stream().noneMatch(s -> s.role() == SignerRole.COMMISSIONER)) {
            addCommissionerBlock(words);
        }
    }

    private void drawImage(String base64Png) {
        if (base64Png.isBlank()) {
            return;
        }
        try {
            byte[] png = Base64.getDecoder().decode(base64Png.strip());
            PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "signature.png");
            float scale = Math.min(SIGNATURE_WIDTH / image.getWidth(), SIGNATURE_HEIGHT / image.getHeight());
            text.flow.image(image, image.getWidth() * scale, image.getHeight() * scale);
        } catch (IOException | IllegalArgumentException e) {
            text.body(text.words.get("agreement.noImage"));
        }
    }

    private void addCommissionerBlock(PlanWords words) {
        float body = text.bodySize();
        text.flow.space(body * 1.2f);
        text.flow.keepTogether(body * 12);
        text.subheading(words.get("agreement.forCommissioner"));
        String[] labels = {words.get("agreement.nameLine"), words.get("agreement.signatureLine"),
            words.get("agreement.dateLine")};
        float labelWidth = 0;
        for (String label : labels) {
            labelWidth = Math.max(labelWidth, text.flow.fonts.width(label, text.regular(), body) + body * 0.6f);
        }
        text.flow.writingLine(labels[0], text.regular(), body, labelWidth, body * 2.2f);
        text.flow.writingLine(labels[1], text.regular(), body, labelWidth, body * 4f);
        text.flow.writingLine(labels[2], text.regular(), body, labelWidth, body * 2.2f);
    }
}

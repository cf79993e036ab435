package org.careplanner.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.PlanFile;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import org.careplanner.store.PlanChecks;

/** Made-up plans, a drawn signature and the whole plan assessment, for the signing tests. */
final class SigningFixtures {

    /** Signing happens on 10 March 2026, 11:00 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T11:00:00Z"), ZoneOffset.UTC);

    /** The whole assessment, prices included, as the composition root plugs it in. */
    static final PlanChecks CHECKS = plan -> new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT)
            .assess(plan, LocalDate.now(CLOCK)).problems();

    private SigningFixtures() {
    }

    static Plan example(String name) {
        return new PlanFile().read(Path.of("docs/examples", name)).onlyPlan();
    }

    /** A PNG of a made-up scribble, as a signature pad would give. */
    static byte[] scribble() {
        BufferedImage image = new BufferedImage(400, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int[] xs = {20, 60, 90, 120, 160, 200, 240, 280, 330, 380};
        int[] ys = {90, 30, 95, 40, 85, 35, 90, 45, 80, 60};
        g.drawPolyline(xs, ys, xs.length);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

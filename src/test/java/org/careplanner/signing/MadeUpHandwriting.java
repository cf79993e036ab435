package org.careplanner.signing;

/**
 * Signatures "written" by formula for made-up people: a capital, a run of joined loops, and an underline, drawn
 * through the app's own {@link SignatureDrawing} (the pad's model) as a hand on the pad would.
 */
final class MadeUpHandwriting {

    private MadeUpHandwriting() {
    }

    /**
     * @param capitalHeight how tall the first letter stands
     * @param loops         how many joined letters follow
     * @param slant         how far each letter leans forward
     */
    static SignatureDrawing write(double capitalHeight, int loops, double slant, double tallEvery) {
        SignatureDrawing d = new SignatureDrawing(560, 180);
        // The capital: up-stroke, a bowl and a tail into the first small letter.
        d.begin(60, 130);
        for (double t = 0; t <= Math.PI * 1.6; t += 0.08) {
            d.extend(60 + 30 * Math.sin(t) + t * 6, 130 - capitalHeight * Math.sin(t / 1.6) + 10 * Math.cos(t * 2));
        }
        // Joined small letters: a trochoid whose backward loops read as handwriting; every few a tall one.
        d.begin(110, 120);
        int steps = loops * 40;
        for (int i = 0; i <= steps; i++) {
            double t = i / 40.0 * 2 * Math.PI;
            boolean tall = tallEvery > 0 && Math.floorMod((int) (t / (2 * Math.PI)), (int) tallEvery) == 0;
            double height = tall ? 52 : 22;
            double x = 110 + i * (300.0 / steps) + 13 * Math.sin(t) + slant * (1 - Math.cos(t)) / 2;
            double y = 120 - height * (1 - Math.cos(t)) / 2;
            d.extend(x, y);
        }
        // The underline flourish.
        d.begin(70, 150);
        for (double x = 70; x <= 470; x += 4) {
            d.extend(x, 150 - 6 * Math.sin((x - 70) / 400 * Math.PI) + (x > 430 ? (x - 430) * -0.6 : 0));
        }
        return d;
    }
}

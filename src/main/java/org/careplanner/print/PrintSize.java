package org.careplanner.print;

/**
 * How big the printed plan's type is. Large print is the same plan, wrapped to the same A4 width, at a size
 * many people with sight loss can read without a magnifier (RNIB suggests 16 to 18 point).
 */
public enum PrintSize {
    STANDARD(11f, 14.5f, 22f, 8.5f),
    LARGE_PRINT(17f, 21f, 28f, 12f);

    private final float body;
    private final float heading;
    private final float title;
    private final float footer;

    PrintSize(float body, float heading, float title, float footer) {
        this.body = body;
        this.heading = heading;
        this.title = title;
        this.footer = footer;
    }

    float body() {
        return body;
    }

    float heading() {
        return heading;
    }

    float title() {
        return title;
    }

    float footer() {
        return footer;
    }

    /** Distance between baselines for text of this size. */
    static float leading(float size) {
        return size * 1.35f;
    }
}

package org.careplanner.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A signature as drawn on the pad: strokes of points, in the pad's own units. Strokes are smoothed the same way
 * on screen and in the picture kept with the plan ({@link #trace}: quadratic curves through the midpoints of
 * successive points, so a shaky hand or a coarse touch screen still gives a flowing line), and the picture is a
 * PNG with a transparent background, at twice the pad's size so it prints sharply.
 */
public final class SignatureDrawing {

    /** Points closer than this to the last one kept add nothing but jitter. */
    static final double MIN_STEP = 1.5;
    /** Line width in pad units. */
    public static final double LINE_WIDTH = 2.6;
    private static final int PNG_SCALE = 2;

    public record Point(double x, double y) {
    }

    /** Where a traced stroke goes: the pad's canvas or the PNG's path. */
    public interface PathSink {
        void moveTo(double x, double y);

        void lineTo(double x, double y);

        void quadTo(double cx, double cy, double x, double y);
    }

    private final double width;
    private final double height;
    private final List<List<Point>> strokes = new ArrayList<>();

    public SignatureDrawing(double width, double height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A signature pad has a size");
        }
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Starts a stroke where the finger, stylus or mouse went down. */
    public void begin(double x, double y) {
        List<Point> stroke = new ArrayList<>();
        stroke.add(clamped(x, y));
        strokes.add(stroke);
    }

    /** Continues the current stroke; ignored when no stroke was begun or the point is too close to the last. */
    public void extend(double x, double y) {
        if (strokes.isEmpty()) {
            return;
        }
        List<Point> stroke = strokes.get(strokes.size() - 1);
        Point last = stroke.get(stroke.size() - 1);
        Point next = clamped(x, y);
        if (Math.hypot(next.x - last.x, next.y - last.y) >= MIN_STEP) {
            stroke.add(next);
        }
    }

    public void clear() {
        strokes.clear();
    }

    /** True while nothing has been drawn (a tap leaves a dot, which counts as drawn). */
    public boolean isEmpty() {
        return strokes.isEmpty();
    }

    public List<List<Point>> strokes() {
        return strokes.stream().map(List::copyOf).toList();
    }

    private Point clamped(double x, double y) {
        return new Point(Math.max(0, Math.min(width, x)), Math.max(0, Math.min(height, y)));
    }

    /**
     * Traces one stroke smoothly: a single point as a tiny line (a dot once stroked with round caps), two as a
     * line, more as quadratic curves whose control points are the recorded points and whose ends are midpoints.
     */
    public static void trace(List<Point> stroke, PathSink sink) {
        Point first = stroke.get(0);
        sink.moveTo(first.x, first.y);
        if (stroke.size() == 1) {
            sink.lineTo(first.x + 0.1, first.y);
            return;
        }
        if (stroke.size() == 2) {
            sink.lineTo(stroke.get(1).x, stroke.get(1).y);
            return;
        }
        for (int i = 1; i < stroke.size() - 1; i++) {
            Point p = stroke.get(i);
            Point q = stroke.get(i + 1);
            sink.quadTo(p.x, p.y, (p.x + q.x) / 2, (p.y + q.y) / 2);
        }
        Point last = stroke.get(stroke.size() - 1);
        sink.lineTo(last.x, last.y);
    }

    /**
     * The drawing as PNG bytes: dark ink on a transparent background at twice the pad's scale, cut to the ink and
     * a small margin (so the printed plan shows the signature, not the empty pad around it). An empty pad gives
     * the whole pad, blank.
     */
    public byte[] toPng() {
        double margin = LINE_WIDTH * 2 + 4;
        double minX = 0;
        double minY = 0;
        double maxX = width;
        double maxY = height;
        if (!strokes.isEmpty()) {
            minX = strokes.stream().flatMap(List::stream).mapToDouble(Point::x).min().orElse(0) - margin;
            minY = strokes.stream().flatMap(List::stream).mapToDouble(Point::y).min().orElse(0) - margin;
            maxX = strokes.stream().flatMap(List::stream).mapToDouble(Point::x).max().orElse(width) + margin;
            maxY = strokes.stream().flatMap(List::stream).mapToDouble(Point::y).max().orElse(height) + margin;
            minX = Math.max(0, minX);
            minY = Math.max(0, minY);
            maxX = Math.min(width, maxX);
            maxY = Math.min(height, maxY);
        }
        int w = Math.max(1, (int) Math.ceil((maxX - minX) * PNG_SCALE));
        int h = Math.max(1, (int) Math.ceil((maxY - minY) * PNG_SCALE));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(PNG_SCALE, PNG_SCALE);
            g.translate(-minX, -minY);
            g.setColor(new Color(0x1a, 0x23, 0x5c)); // dark blue-black, like a ballpoint
            g.setStroke(new BasicStroke((float) LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (List<Point> stroke : strokes) {
                Path2D.Double path = new Path2D.Double();
                trace(stroke, new PathSink() {
                    @Override
                    public void moveTo(double x, double y) {
                        path.moveTo(x, y);
                    }

                    @Override
                    public void lineTo(double x, double y) {
                        path.lineTo(x, y);
                    }

                    @Override
                    public void quadTo(double cx, double cy, double x, double y) {
                        path.quadTo(cx, cy, x, y);
                    }
                });
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a PNG to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}

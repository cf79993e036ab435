package org.careplanner.ui.sign;

import static org.careplanner.ui.MainWindow.TEXT;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.careplanner.signing.SignatureDrawing;

/**
 * A pad to sign on with a finger, a stylus or the mouse. It listens to mouse events only: JavaFX turns a touch
 * or a pen on a touch screen into the same presses and drags, so each kind of input draws once. Strokes are
 * smoothed as they are drawn, exactly as in the PNG kept with the plan ({@link SignatureDrawing#trace}); Clear
 * starts again. Colours come from the stylesheet (the "sign here" line and the ink are styled labels).
 */
public final class SignaturePad {

    public static final double WIDTH = 560;
    public static final double HEIGHT = 180;

    private final SignatureDrawing drawing = new SignatureDrawing(WIDTH, HEIGHT);
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    /** Never shown: carries the ink colour from the stylesheet (-color-fg-default) to the canvas. */
    private final Label ink = new Label();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final VBox view;

    public SignaturePad() {
        canvas.setId("signaturePad");
        canvas.setFocusTraversable(false);
        canvas.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        canvas.setAccessibleText(TEXT.getString("sign.pad.accessible"));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            drawing.begin(e.getX(), e.getY());
            changed();
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            drawing.extend(e.getX(), e.getY());
            redraw();
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            drawing.extend(e.getX(), e.getY());
            redraw();
            e.consume();
        });
        ink.getStyleClass().add("signature-ink");
        ink.setManaged(false);
        ink.setVisible(false);
        ink.textFillProperty().addListener((obs, old, now) -> redraw());

        Label signHere = new Label(TEXT.getString("sign.pad.here"));
        signHere.getStyleClass().add("signature-line");
        signHere.setMouseTransparent(true);
        StackPane.setAlignment(signHere, Pos.BOTTOM_LEFT);
        StackPane paper = new StackPane(signHere, canvas, ink);
        paper.getStyleClass().add("signature-pad");
        paper.setMaxSize(WIDTH, HEIGHT);
        paper.setMinSize(WIDTH, HEIGHT);

        Button clear = new Button(TEXT.getString("sign.pad.clear"));
        clear.setId("clearSignature");
        clear.setAccessibleText(TEXT.getString("sign.pad.clear.accessible"));
        clear.setOnAction(e -> clear());
        clear.disableProperty().bind(empty);
        HBox buttons = new HBox(clear);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        view = new VBox(6, paper, buttons);
        view.getStyleClass().add("signature-pad-box");
    }

    public Node view() {
        return view;
    }

    public void clear() {
        drawing.clear();
        changed();
    }

    /** True until something is drawn, and again after Clear. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The drawing as the PNG kept with the signature. */
    public byte[] png() {
        return drawing.toPng();
    }

    private void changed() {
        empty.set(drawing.isEmpty());
        redraw();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        Paint colour = ink.getTextFill() == null ? Color.BLACK : ink.getTextFill();
        g.setStroke(colour);
        g.setLineWidth(SignatureDrawing.LINE_WIDTH);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (List<SignatureDrawing.Point> stroke : drawing.strokes()) {
            g.beginPath();
            SignatureDrawing.trace(stroke, new SignatureDrawing.PathSink() {
                @Override
                public void moveTo(double x, double y) {
                    g.moveTo(x, y);
                }

                @Override
                public void lineTo(double x, double y) {
                    g.lineTo(x, y);
                }

                @Override
                public void quadTo(double cx, double cy, double x, double y) {
                    g.quadraticCurveTo(cx, cy, x, y);
                }
            });
            g.stroke();
        }
    }
}

package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.PlanFile;
import org.careplanner.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 5 for Jo Sample (docs/examples/pa-two-streams-plan.json): the support table's texts cut short in their
 * columns can be read whole on hover, and in high contrast the catalogue search's placeholder can be seen.
 */
@ExtendWith(ApplicationExtension.class)
class SupportTableAndPlaceholdersTest {

    private final Path dir;
    private final LocalStore store;
    private Stage stage;

    SupportTableAndPlaceholdersTest() throws java.io.IOException {
        dir = java.nio.file.Files.createTempDirectory("careplanner-table");
        store = StepsTestSupport.openStore(dir);
    }

    @Start
    void start(Stage first) {
        stage = first;
        Plan example = new PlanFile().read(Path.of("docs/examples", "pa-two-streams-plan.json")).onlyPlan();
        StepsTestSupport.show(stage, store, example);
    }

    @AfterEach
    void close() throws Exception {
        StepsTestSupport.closeWindowsThenStore(store);
        StepsTestSupport.delete(dir);
    }

    @Test
    void everyDescriptionAndStreamInTheTableCanBeReadWholeOnHover(FxRobot robot) {
        robot.clickOn("#step-support");
        WaitForAsyncUtils.waitForFxEvents();
        List<TableCell<?, ?>> cells = robot.lookup(".table-cell").queryAll().stream()
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && c.getText() != null && !c.getText().isBlank())
                .filter(c -> List.of("streamColumn", "descriptionColumn", "supportAndStreamColumn")
                        .contains(c.getTableColumn().getId())).toList();

        // Its own column on a wide table; under the line's description on a narrow one.
        assertThat(cells).extracting(TableCell::getText)
                .anySatisfy(text -> assertThat(text).contains("NHS continuing healthcare direct payment"));
        assertThat(cells).allSatisfy(c -> assertThat(c.getTooltip()).as(c.getText()).isNotNull()
                .extracting(t -> t.getText()).isEqualTo(c.getText()));
    }

    @Test
    void inHighContrastThePlaceholderStandsOutFromItsFieldByAtLeastFourAndAHalfToOne(FxRobot robot) {
        robot.clickOn("#step-support");
        robot.interact(() -> stage.getScene().getRoot().getStyleClass().add("high-contrast"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = robot.lookup("#catalogueSearch").queryAs(TextField.class);
        assertThat(search.getText()).isEmpty();
        Text placeholder = robot.from(search).lookup(".text").queryAllAs(Text.class).stream()
                .filter(t -> search.getPromptText().equals(t.getText())).findFirst().orElseThrow();
        var fills = search.getBackground().getFills();
        Color field = (Color) fills.get(fills.size() - 1).getFill();
        Color seen = over((Color) placeholder.getFill(), field);

        // WCAG 2: (L1 + 0.05) / (L2 + 0.05) with each colour's relative luminance; 4.5:1 for text this size.
        assertThat(field).isEqualTo(Color.BLACK);
        assertThat(contrast(seen, field)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void inTheNormalThemeThePlaceholderStandsOutFromItsFieldByAtLeastFourAndAHalfToOneEvenWithTheFocus(FxRobot robot) {
        robot.clickOn("#step-support");
        TextField search = robot.lookup("#catalogueSearch").queryAs(TextField.class);
        robot.clickOn(search);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.isFocused()).isTrue();
        assertThat(search.getText()).isEmpty();
        Text placeholder = robot.from(search).lookup(".text").queryAllAs(Text.class).stream()
                .filter(t -> search.getPromptText().equals(t.getText())).findFirst().orElseThrow();
        var fills = search.getBackground().getFills();
        // modena draws the field's inside as a gradient over its top 5 px, ending in the field's colour behind the text
        var inside = fills.get(fills.size() - 1).getFill();
        Color field = inside instanceof javafx.scene.paint.LinearGradient g ? g.getStops().get(g.getStops().size() - 1)
                .getColor() : (Color) inside;
        Color seen = over((Color) placeholder.getFill(), field);

        // The field is white in the normal theme; modena's own placeholder grey is about 2.5:1 on it, and
        // transparent while the field has the focus. WCAG 2 asks 4.5:1 for text this size.
        assertThat(field).isEqualTo(Color.WHITE);
        assertThat(placeholder.isVisible()).isTrue();
        assertThat(contrast(seen, field)).isGreaterThanOrEqualTo(4.5);
    }

    /** What a colour with some transparency looks like over a background. */
    private static Color over(Color c, Color bg) {
        double a = c.getOpacity();
        return Color.color(c.getRed() * a + bg.getRed() * (1 - a), c.getGreen() * a + bg.getGreen() * (1 - a),
                c.getBlue() * a + bg.getBlue() * (1 - a));
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}

package org.careplanner.interview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.careplanner.domain.ChangeTalk;
import org.careplanner.domain.Quote;

/**
 * Suggests a change-talk (DARN-CAT) tag from the words of a quote: "I want" suggests desire, "I will"
 * commitment, and so on. Only a suggestion, for the broker to confirm or change; nothing is tagged by it.
 *
 * <p>The cue words live in the bundle ({@code interview.changeTalk.cues.<tag>}), so a translation brings its
 * own. A cue matches as whole words, ignoring case, with curly and straight apostrophes the same: "I can"
 * matches "I can walk" but not "I can't" (which is not change talk). When several tags match, the strongest
 * wins: mobilising talk first (taking steps, activation, commitment), then need, ability, desire, reasons.
 */
public final class ChangeTalkCues {

    /** Strongest first: the order in which tags are tried. */
    static final List<ChangeTalk> STRONGEST_FIRST = List.of(ChangeTalk.TAKING_STEPS, ChangeTalk.ACTIVATION,
            ChangeTalk.COMMITMENT, ChangeTalk.NEED, ChangeTalk.ABILITY, ChangeTalk.DESIRE, ChangeTalk.REASONS);

    /** Not a letter, a digit or an apostrophe: where a whole-word cue may start or end. */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}'])";
    private static final String AFTER = "(?![\\p{L}\\p{N}'])";

    private final List<Cue> cues;

    private ChangeTalkCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    static ChangeTalkCues from(BrokerPrompts prompts) {
        List<Cue> cues = new ArrayList<>();
        for (ChangeTalk tag : STRONGEST_FIRST) {
            String words = prompts.text(cuesKey(tag));
            Arrays.stream(words.split("\\|")).map(ChangeTalkCues::normalise).filter(w -> !w.isEmpty())
                    .forEach(w -> cues.add(new Cue(tag, Pattern.compile(BEFORE + Pattern.quote(w) + AFTER))));
        }
        return new ChangeTalkCues(cues);
    }

    /** The tag the words suggest, or empty when they suggest none. */
    public Optional<ChangeTalk> suggest(String words) {
        String said = normalise(words == null ? "" : words);
        return cues.stream().filter(cue -> cue.pattern().matcher(said).find()).map(Cue::tag).findFirst();
    }

    /** The tag a quote's words suggest; the quote itself is left as it is. */
    public Optional<ChangeTalk> suggest(Quote quote) {
        return suggest(quote.text());
    }

    /** Bundle key of a tag's name for the broker, e.g. "Desire: what they want". */
    public static String labelKey(ChangeTalk tag) {
        return "interview.changeTalk." + keyPart(tag);
    }

    static String cuesKey(ChangeTalk tag) {
        return "interview.changeTalk.cues." + keyPart(tag);
    }

    static String keyPart(ChangeTalk tag) {
        return tag.name().toLowerCase(Locale.ROOT);
    }

    private static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }

    private record Cue(ChangeTalk tag, Pattern pattern) {
    }
}

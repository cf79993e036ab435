package org.careplanner.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careplanner.domain.ChangeTalk;
import org.careplanner.domain.Quote;

/**
 * The person's reasons and commitments, for the summary step, and a read-back the broker can say aloud.
 *
 * <p>Only quotes the broker has tagged with change talk are used. Mobilising talk (what they will do, are ready
 * to do, have already done) comes first, because it predicts change best; then preparatory talk (what they
 * want, could do, their reasons and needs). Within each group the quotes stay in the order they were said.
 * The person's words are quoted exactly.
 */
public final class ChangeTalkReadBack {

    static final String OPENING = "interview.readBack.opening";
    static final String CLOSING = "interview.readBack.closing";

    private final BrokerPrompts prompts;

    ChangeTalkReadBack(BrokerPrompts prompts) {
        this.prompts = prompts;
    }

    /** Quotes tagged with change talk: mobilising first, then preparatory, each in the order said. */
    public static List<Quote> reasonsAndCommitments(List<Quote> quotes) {
        return quotes.stream()
                .filter(q -> q.changeTalk() != null && !q.text().isBlank())
                .sorted(Comparator.comparing((Quote q) -> !q.changeTalk().isMobilising()))
                .toList();
    }

    /** The mobilising quotes only (what they will do, are ready to do, have done), in the order said. */
    public static List<Quote> commitments(List<Quote> quotes) {
        return reasonsAndCommitments(quotes).stream().filter(q -> q.changeTalk().isMobilising()).toList();
    }

    /**
     * The read-back, one sentence a line: an opening, one line a quote in the order of {@link
     * #reasonsAndCommitments}, each quote in the person's exact words, and a closing question that invites
     * them to correct it. Empty when no quote has been tagged yet.
     */
    public String text(List<Quote> quotes) {
        List<Quote> said = reasonsAndCommitments(quotes);
        if (said.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add(prompts.text(OPENING));
        for (Quote quote : said) {
            lines.add(prompts.format(lineKey(quote.changeTalk()), quote.text()));
        }
        lines.add(prompts.text(CLOSING));
        return String.join("\n", lines);
    }

    static String lineKey(ChangeTalk tag) {
        return "interview.readBack." + ChangeTalkCues.keyPart(tag);
    }
}

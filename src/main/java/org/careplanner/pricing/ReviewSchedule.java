package org.careplanner.pricing;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.careplanner.domain.Commissioner;
import org.careplanner.domain.FundingStream;
import org.careplanner.domain.Plan;

/**
 * When each funding stream's review is due (shared/domain.md, "Review dates"):
 * <ul>
 *   <li>NHS direct payment (or managed account): first review within 3 months of the first payment
 *       (the plan's start when no payment date is recorded), then at most every 12 months;</li>
 *   <li>council, not a direct payment (a Care Act plan): first review 6 to 8 weeks after the start (due at
 *       8 weeks, the window opens at 6), then every 12 months;</li>
 *   <li>council direct payment: within 6 months of the first payment (or the start), then every 12 months;</li>
 *   <li>NHS notional or third-party budget: local policy, by default 3 months, then every 12 months.</li>
 * </ul>
 * Once a review is recorded (the plan's last review date), the next review of every stream that had
 * started by then (its first payment, or the plan's start) is due 12 months after it; a stream that started
 * after that review still has its own first review. The earliest due date across the streams drives the
 * plan's reminders.
 */
public final class ReviewSchedule {

    /** Months to the first review of an NHS notional or third-party budget, unless local policy says otherwise. */
    public static final int DEFAULT_LOCAL_FIRST_REVIEW_MONTHS = 3;

    private static final Period INTERVAL = Period.ofMonths(12);
    private static final Period NHS_DIRECT_PAYMENT_FIRST = Period.ofMonths(3);
    private static final Period COUNCIL_DIRECT_PAYMENT_FIRST = Period.ofMonths(6);
    private static final Period CARE_ACT_WINDOW_OPENS = Period.ofWeeks(6);
    private static final Period CARE_ACT_DUE = Period.ofWeeks(8);

    private final int localFirstReviewMonths;

    public ReviewSchedule() {
        this(DEFAULT_LOCAL_FIRST_REVIEW_MONTHS);
    }

    /** @param localFirstReviewMonths local policy: months to the first review of an NHS notional or third-party budget */
    public ReviewSchedule(int localFirstReviewMonths) {
        if (localFirstReviewMonths < 1 || localFirstReviewMonths > 12) {
            throw new IllegalArgumentException("A first review is set between 1 and 12 months after the plan starts, not "
                    + localFirstReviewMonths + ".");
        }
        this.localFirstReviewMonths = localFirstReviewMonths;
    }

    /**
     * The next review of each funding stream, in plan order.
     *
     * @param today used as the start when the plan has no start date (no hidden clock)
     */
    public List<ReviewDue> dueDates(Plan plan, LocalDate today) {
        LocalDate planStart = plan.budget().startDate() != null ? plan.budget().startDate() : today;
        LocalDate lastReview = plan.review().lastReviewDate();
        return plan.fundingStreams().stream().map(s -> dueDate(s, planStart, lastReview)).toList();
    }

    /** The earliest due date across the plan's funding streams: the one that drives reminders. */
    public Optional<ReviewDue> next(Plan plan, LocalDate today) {
        return earliest(dueDates(plan, today));
    }

    static Optional<ReviewDue> earliest(List<ReviewDue> dues) {
        return dues.stream().min(Comparator.comparing(ReviewDue::dueDate));
    }

    private ReviewDue dueDate(FundingStream stream, LocalDate planStart, LocalDate lastReview) {
        String kind = kind(stream);
        boolean directPayment = stream.management().isDirectPayment();
        LocalDate firstPayment = stream.firstPaymentDate() != null ? stream.firstPaymentDate() : planStart;
        LocalDate streamStart = directPayment ? firstPayment : planStart;
        if (lastReview != null && !lastReview.isBefore(streamStart)) {
            return new ReviewDue(stream.id(), stream.name(), null, lastReview.plus(INTERVAL),
                    kind + ": review at least every 12 months after the last review");
        }
        if (stream.commissioner() == Commissioner.COUNCIL && !directPayment) {
            return new ReviewDue(stream.id(), stream.name(), planStart.plus(CARE_ACT_WINDOW_OPENS),
                    planStart.plus(CARE_ACT_DUE), kind + ": first review 6 to 8 weeks after the plan starts");
        }
        if (stream.commissioner() == Commissioner.COUNCIL) {
            return new ReviewDue(stream.id(), stream.name(), null, firstPayment.plus(COUNCIL_DIRECT_PAYMENT_FIRST),
                    kind + ": first review within 6 months of the first payment");
        }
        if (directPayment) {
            return new ReviewDue(stream.id(), stream.name(), null, firstPayment.plus(NHS_DIRECT_PAYMENT_FIRST),
                    kind + ": first review within 3 months of the first payment");
        }
        return new ReviewDue(stream.id(), stream.name(), null, planStart.plusMonths(localFirstReviewMonths),
                kind + ": first review by local policy, within " + localFirstReviewMonths
                        + " months of the plan starting");
    }

    private static String kind(FundingStream stream) {
        boolean directPayment = stream.management().isDirectPayment();
        if (stream.commissioner() == Commissioner.COUNCIL) {
            return directPayment ? "Council direct payment" : "Care Act plan";
        }
        return directPayment ? "NHS direct payment" : "NHS notional or third-party budget";
    }
}

package io.floorcheck.home;

import io.floorcheck.evaluation.Attention;
import io.floorcheck.visit.AttendedVisit;
import io.floorcheck.visit.CardProgress;
import io.floorcheck.visit.VisitStatus;

/**
 * One line of a person's to-do list on the home page, in the order of {@link Urgency}: a
 * scorecard to start, continue or submit, a visit to go on, or something an evaluation waits for.
 */
public sealed interface ToDo {

    Urgency urgency();

    /** Most urgent first. */
    enum Urgency {
        /** A card of a visit under way: the person is on the floor now. */
        SCORING_NOW,
        /** A visit planned for today at the site (or planned for an earlier day and not started). */
        VISIT_TODAY,
        /** A card of a completed visit not yet submitted: the memory fades. */
        CARD_OWED,
        /** Something an evaluation waits for (conflicts, consensus, set-up, a decision date). */
        EVALUATION,
        /** A visit in the coming days, to prepare for. */
        VISIT_UPCOMING,
        /** Something to read. */
        READ
    }

    /** What a visit's scoring asks of the person now: on the floor, or owed since it ended. */
    private static Urgency owedFor(AttendedVisit visit) {
        return visit.status() == VisitStatus.IN_PROGRESS ? Urgency.SCORING_NOW : Urgency.CARD_OWED;
    }

    /** Which of the two cards an attendee scores for a visit. */
    enum CardKind {
        VISIT, LEADERSHIP
    }

    /** A card to start, continue or submit. */
    record Card(CardKind kind, AttendedVisit visit, CardProgress progress) implements ToDo {

        @Override
        public Urgency urgency() {
            return owedFor(visit);
        }

        /** Every item has a mark: what is left is to submit (or to add the notes the submit asks for). */
        public boolean allMarked() {
            return progress.total() > 0 && progress.scored() >= progress.total();
        }
    }

    /**
     * Scoring a visit under way or done waits for the person's conflict-of-interest declaration
     * for its vendor: to make ({@code pending} false), or waiting for the lead's decision.
     */
    record Declare(AttendedVisit visit, boolean pending) implements ToDo {

        @Override
        public Urgency urgency() {
            return owedFor(visit);
        }
    }

    /** A planned visit the person attends, by the site's calendar. */
    record Visit(AttendedVisit visit, Day day) implements ToDo {

        /** Where the visit's day lies from today at the site. */
        public enum Day {
            /** Planned for an earlier day and not started. */
            OVERDUE,
            TODAY,
            /** Within the coming {@link ToDoService#UPCOMING_DAYS} days. */
            UPCOMING
        }

        @Override
        public Urgency urgency() {
            return day == Day.UPCOMING ? Urgency.VISIT_UPCOMING : Urgency.VISIT_TODAY;
        }
    }

    /** Something one of the person's evaluations waits for, or has ready to read. */
    record Evaluation(Attention attention) implements ToDo {

        @Override
        public Urgency urgency() {
            return attention.kind() == Attention.Kind.COMPARISON_READY ? Urgency.READ : Urgency.EVALUATION;
        }
    }
}

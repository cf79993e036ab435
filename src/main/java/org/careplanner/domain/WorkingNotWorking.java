package org.careplanner.domain;

/** What is working and not working, from one perspective ("me", "my sister", "district nurse"). */
public record WorkingNotWorking(String perspective, String working, String notWorking) {
    public WorkingNotWorking {
        perspective = Text.of(perspective);
        working = Text.of(working);
        notWorking = Text.of(notWorking);
    }

    public boolean isEmpty() {
        return working.isBlank() && notWorking.isBlank();
    }
}

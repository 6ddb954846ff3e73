package dvk.ingest;

import java.util.StringJoiner;

/** How long each step of a batch took: the log line an operator reads when an upload is slow. */
final class PhaseTimes {

    private final long started = System.nanoTime();
    private final StringJoiner phases = new StringJoiner(", ");
    private long last = started;

    /** Ends the step running since the previous mark. */
    void mark(String step) {
        long now = System.nanoTime();
        phases.add(step + " " + (now - last) / 1_000_000 + " ms");
        last = now;
    }

    long totalMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    public String toString() {
        return phases.toString();
    }
}

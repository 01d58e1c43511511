package io.factcheck.kernel;

/** Reference data that cannot be loaded: names the file, the line and the reason, so an editor can fix the row. */
public class DataFormatException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    public DataFormatException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}

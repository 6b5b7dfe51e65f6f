package org.normscope.bundle;

import java.util.List;

/** Bundle files that cannot be imported; {@link #problems()} lists every problem as {@code file:line: message}. */
public final class BundleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public BundleException(List<String> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the bundle:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

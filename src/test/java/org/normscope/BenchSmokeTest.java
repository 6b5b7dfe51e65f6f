package org.normscope;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.normscope.bench.CompareMain;

/**
 * Only that the comparison benchmark starts, checks its answers against Normscope's and prints
 * its table, at a tiny scale. Speed is never asserted here: it is measured by bin/bench.
 */
class BenchSmokeTest {
    @Test
    void compare_runsAtATinyScale_andPrintsItsTable() throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            CompareMain.main(new String[] {"--scale", "0.001", "--systems", "normscope,sqlite", "--warmup", "0.05",
                "--measure", "0.1", "--check", "3"});
        } finally {
            System.setOut(out);
        }
        String table = captured.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("members-at") && table.contains("sqlite") && table.contains("normscope"), table);
        assertTrue(table.contains(" 0 mismatches"), table);
    }
}

/**
 * The command line (picocli), thin over {@link org.normscope.app.Normscope}. Entry point:
 * {@link org.normscope.cli.Main}. Exit codes: 0 done, 1 the data or a reference is wrong, 2 usage.
 */
@NullMarked
package org.normscope.cli;

import org.jspecify.annotations.NullMarked;

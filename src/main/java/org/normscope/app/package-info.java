/**
 * The application service: opens the ledger, builds the world from it, imports, checks and
 * exports. The command line and the web are thin over it. Entry point: {@link org.normscope.app.Normscope}.
 */
@NullMarked
package org.normscope.app;

import org.jspecify.annotations.NullMarked;

/**
 * The durable, append-only ledger of transactions over JDBC, with Flyway migrations: one SQLite
 * file by default (WAL, synchronous=FULL), or PostgreSQL. Entry point: {@link org.normscope.ledger.Ledger}.
 */
@NullMarked
package org.normscope.ledger;

import org.jspecify.annotations.NullMarked;

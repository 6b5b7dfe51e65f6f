/**
 * The query engine: in-memory, bitemporal indexes built from the ledger's transactions and
 * updated by each new one; readers get immutable {@link org.normscope.world.Snapshot}s. Entry
 * point: {@link org.normscope.world.World}.
 */
@NullMarked
package org.normscope.world;

import org.jspecify.annotations.NullMarked;

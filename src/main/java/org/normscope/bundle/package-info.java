/**
 * The bundle: the curated dataset as one YAML file per entity, read with line numbers for error
 * messages and written back in one canonical form. Also the JSON form of records that the ledger
 * stores. Entry points: {@link org.normscope.bundle.Bundle} and {@link org.normscope.bundle.RecordJson}.
 */
@NullMarked
package org.normscope.bundle;

import org.jspecify.annotations.NullMarked;

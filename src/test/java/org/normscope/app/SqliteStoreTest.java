package org.normscope.app;

import org.normscope.TestStores;

/** The store contract on a real SQLite file. */
class SqliteStoreTest extends StoreContract {
    @Override
    String newStoreUrl() {
        return TestStores.sqlite(tmp);
    }
}

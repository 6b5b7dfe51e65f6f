package org.normscope.app;

import org.normscope.TestStores;

/** The store contract on a real PostgreSQL, each test in a fresh schema. */
class PostgresStoreTest extends StoreContract {
    @Override
    String newStoreUrl() {
        return TestStores.newPostgresSchema();
    }

    @Override
    void dropStore() {
        TestStores.dropPostgresSchema(url);
    }
}

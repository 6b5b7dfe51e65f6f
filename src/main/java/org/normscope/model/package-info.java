/**
 * The pure core: ids, partial dates, periods, entities, statements, vocabularies and the
 * validation rules. No I/O. Entry points: {@link org.normscope.model.Entity},
 * {@link org.normscope.model.Statement} and {@link org.normscope.model.Rules}.
 */
@NullMarked
package org.normscope.model;

import org.jspecify.annotations.NullMarked;

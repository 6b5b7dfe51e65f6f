/**
 * Full-text search with Lucene: every entity and every expression of an instrument, names and
 * identifiers in every language, texts analysed in their own language; exact names first, then
 * phrases, then terms; typo tolerance, prefixes, facets and highlighted snippets. The index is
 * derived from the world and kept in step with it. Entry point: {@link org.normscope.search.SearchIndex}.
 */
@NullMarked
package org.normscope.search;

import org.jspecify.annotations.NullMarked;

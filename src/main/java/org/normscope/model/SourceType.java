package org.normscope.model;

/** Source types, as CSL-JSON names them. */
public enum SourceType {
    LEGAL_DOCUMENT, LEGISLATION, TREATY, REPORT, WEBPAGE, ARTICLE_JOURNAL, BOOK, CHAPTER, ARTICLE_NEWSPAPER, DATASET, DOCUMENT
}

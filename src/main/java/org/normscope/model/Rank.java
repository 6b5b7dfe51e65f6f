package org.normscope.model;

/** How far a statement is to be trusted when sources disagree (as Wikibase ranks). */
public enum Rank {
    PREFERRED, NORMAL, DEPRECATED
}

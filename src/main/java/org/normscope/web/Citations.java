package org.normscope.web;

import org.normscope.model.Details;

/** A source as a reference-list entry, in the notes-and-bibliography manner of the Chicago style. */
final class Citations {
    private Citations() {
    }

    static String chicago(Details.SourceDetails d) {
        StringBuilder b = new StringBuilder();
        if (!d.authors().isEmpty()) {
            b.append(String.join(", ", d.authors())).append(". ");
        } else if (d.institution() != null) {
            b.append(d.institution()).append(". ");
        }
        b.append('“').append(d.title()).append(".”");
        if (d.container() != null) {
            b.append(' ').append(d.container()).append('.');
        }
        if (d.number() != null) {
            b.append(' ').append(d.number()).append('.');
        }
        if (d.publisher() != null && !d.publisher().equals(d.institution())) {
            b.append(' ').append(d.publisher()).append(',');
        }
        if (d.issued() != null) {
            b.append(' ').append(d.issued()).append('.');
        }
        if (d.url() != null) {
            b.append(' ').append(d.url()).append('.');
        }
        if (d.accessed() != null) {
            b.append(" Accessed ").append(d.accessed()).append('.');
        }
        return b.toString().replace(",.", ".").replace(".,", ",");
    }
}

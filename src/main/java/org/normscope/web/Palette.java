package org.normscope.web;

import java.util.List;
import org.normscope.model.PartyStatus;
import org.normscope.model.Role;
import org.normscope.model.Words;

/** The colours of roles and statuses, the same on every map, timeline and legend. */
final class Palette {
    private Palette() {
    }

    static String role(Role r) {
        return switch (r) {
            case MEMBER -> "#1f5f9e";
            case ASSOCIATE_MEMBER -> "#5b9bd5";
            case OBSERVER -> "#f0a030";
            case DIALOGUE_PARTNER -> "#8cc084";
            case PARTNER -> "#3f9f8f";
            case APPLICANT -> "#c9a0dc";
            case GUEST -> "#a8a8a8";
        };
    }

    static String status(PartyStatus s) {
        return switch (s) {
            case BOUND -> "#1f5f9e";
            case CONSENTED -> "#5b9bd5";
            case SIGNATORY -> "#f0a030";
            case SPONSOR -> "#8cc084";
            case WITHDRAWN -> "#b03a2e";
            case DECLINED -> "#6b6b6b";
        };
    }

    static List<MapSvg.Category> roleLegend(List<Role> roles) {
        return roles.stream().map(r -> new MapSvg.Category(Words.word(r), role(r))).toList();
    }

    static List<MapSvg.Category> statusLegend(List<PartyStatus> statuses) {
        return statuses.stream().map(s -> new MapSvg.Category(Words.word(s), status(s))).toList();
    }
}

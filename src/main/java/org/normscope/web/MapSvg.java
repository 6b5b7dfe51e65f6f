package org.normscope.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.world.Snapshot;

/**
 * A world map with each state filled by its category (a role, a status) and a legend. Shapes
 * have titles that name the state and its category, so the map reads without colour too; the
 * states too small for the 1:110m shapes are listed beside the map.
 */
final class MapSvg {
    /** A category of the legend: its label and fill colour (text on it is dark). */
    record Category(String label, String fill) {
    }

    /** The drawn map, and the states that have a category but no shape at this scale. */
    record Drawn(String svg, List<String> notShown) {
    }

    static final String NONE_FILL = "#e4e4e0";

    private MapSvg() {
    }

    static Drawn draw(Snapshot s, String title, Map<Id, Category> categories, List<Category> legend) {
        Map<String, Id> byNumeric = new LinkedHashMap<>();
        for (Id id : categories.keySet()) {
            Entity e = s.entity(id).orElse(null);
            String numeric = e == null ? null : e.labels().identifiers().get("iso3166-numeric");
            if (numeric != null) {
                byNumeric.put(numeric, id);
            }
        }
        Map<String, WorldMap.Shape> shapes = WorldMap.get().shapes();
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WorldMap.WIDTH).append(' ')
                .append(WorldMap.LAND_BOTTOM + 40).append("\" role=\"img\" aria-labelledby=\"map-title\" class=\"map\">")
                .append("<title id=\"map-title\">").append(Html.esc(title)).append("</title>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#f7f9fb\"/>");
        for (WorldMap.Shape shape : shapes.values().stream().sorted((x, y) -> x.numeric().compareTo(y.numeric())).toList()) {
            Id id = byNumeric.get(shape.numeric());
            Category c = id == null ? null : categories.get(id);
            String name = id == null ? shape.name() : s.name(id);
            b.append("<path d=\"").append(shape.path()).append("\" fill=\"").append(c == null ? NONE_FILL : c.fill())
                    .append("\" stroke=\"#ffffff\" stroke-width=\"0.5\"><title>").append(Html.esc(name))
                    .append(c == null ? "" : ": " + Html.esc(c.label())).append("</title></path>");
        }
        int x = 10;
        int y = WorldMap.LAND_BOTTOM + 12;
        for (Category c : legend) {
            b.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(c.fill()).append("\" stroke=\"#555\" stroke-width=\"0.5\"/>")
                    .append("<text x=\"").append(x + 20).append("\" y=\"").append(y + 12)
                    .append("\" font-size=\"13\" fill=\"#1a1a1a\" font-family=\"sans-serif\">").append(Html.esc(c.label())).append("</text>");
            x += 30 + c.label().length() * 8;
        }
        b.append("</svg>");
        List<String> notShown = new ArrayList<>();
        categories.forEach((id, c) -> {
            Entity e = s.entity(id).orElse(null);
            String numeric = e == null ? null : e.labels().identifiers().get("iso3166-numeric");
            if (numeric == null || !shapes.containsKey(numeric)) {
                notShown.add(s.name(id) + " (" + c.label() + ")");
            }
        });
        notShown.sort(null);
        return new Drawn(b.toString(), notShown);
    }
}

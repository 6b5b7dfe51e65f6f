package org.normscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Country shapes from Natural Earth (public domain, 1:110m, as the TopoJSON of the npm package
 * world-atlas, fetched at build time) decoded once and projected with the Equal Earth projection
 * into SVG path data, keyed by ISO 3166-1 numeric code. Maps are drawn on the server from these
 * paths; no script and no network are needed to see them.
 */
final class WorldMap {
    static final int WIDTH = 960;
    static final int HEIGHT = 470;
    /** Below this the projection holds only Antarctica, which is not drawn. */
    static final int LAND_BOTTOM = 420;
    private static final String ANTARCTICA = "010";

    /** A country's outline as SVG path data, and the name Natural Earth gives it. */
    record Shape(String numeric, String name, String path) {
    }

    private static volatile WorldMap instance;

    private final Map<String, Shape> byNumeric;

    private WorldMap(Map<String, Shape> byNumeric) {
        this.byNumeric = byNumeric;
    }

    static WorldMap get() {
        WorldMap m = instance;
        if (m == null) {
            synchronized (WorldMap.class) {
                if (instance == null) {
                    instance = load();
                }
                m = instance;
            }
        }
        return m;
    }

    Map<String, Shape> shapes() {
        return byNumeric;
    }

    private static WorldMap load() {
        try (InputStream in = WorldMap.class.getClassLoader().getResourceAsStream("geo/countries-110m.json")) {
            if (in == null) {
                return new WorldMap(Map.of());
            }
            JsonNode topo = new ObjectMapper().readTree(in);
            double[] scale = {topo.at("/transform/scale/0").asDouble(), topo.at("/transform/scale/1").asDouble()};
            double[] translate = {topo.at("/transform/translate/0").asDouble(), topo.at("/transform/translate/1").asDouble()};
            // arcs hold longitude, latitude and projected x, y: the longitude tells where a ring crosses the antimeridian
            List<double[][]> arcs = new ArrayList<>();
            for (JsonNode arc : topo.get("arcs")) {
                double[][] pts = new double[arc.size()][];
                long x = 0;
                long y = 0;
                int i = 0;
                for (JsonNode p : arc) {
                    x += p.get(0).asLong();
                    y += p.get(1).asLong();
                    double lon = x * scale[0] + translate[0];
                    double lat = y * scale[1] + translate[1];
                    double[] xy = project(lon, lat);
                    pts[i++] = new double[] {xy[0], xy[1], lon};
                }
                arcs.add(pts);
            }
            Map<String, Shape> shapes = new HashMap<>();
            for (JsonNode g : topo.at("/objects/countries/geometries")) {
                if (!g.has("id") || g.get("id").asText().equals(ANTARCTICA)) {
                    continue;   // no state; and its shape spans the whole width of the map
                }
                StringBuilder d = new StringBuilder();
                switch (g.get("type").asText()) {
                    case "Polygon" -> polygon(g.get("arcs"), arcs, d);
                    case "MultiPolygon" -> g.get("arcs").forEach(poly -> polygon(poly, arcs, d));
                    default -> { }
                }
                String id = g.get("id").asText();
                shapes.put(id, new Shape(id, g.at("/properties/name").asText(id), d.toString()));
            }
            return new WorldMap(Map.copyOf(shapes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the country shapes", e);
        }
    }

    private static void polygon(JsonNode rings, List<double[][]> arcs, StringBuilder d) {
        for (JsonNode ring : rings) {
            boolean first = true;
            double lastLon = 0;
            for (JsonNode ref : ring) {
                int i = ref.asInt();
                double[][] pts = arcs.get(i >= 0 ? i : ~i);
                int n = pts.length;
                for (int k = 0; k < n; k++) {
                    double[] p = pts[i >= 0 ? k : n - 1 - k];
                    if (k == 0 && !first) {
                        continue;   // shared with the end of the previous arc
                    }
                    // a jump across the antimeridian starts a new piece instead of a line across the map
                    boolean jump = !first && Math.abs(p[2] - lastLon) > 180;
                    d.append(first || jump ? 'M' : 'L').append(fmt(p[0])).append(',').append(fmt(p[1]));
                    first = false;
                    lastLon = p[2];
                }
            }
            d.append('Z');
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Equal Earth (Šavrič, Patterson and Jenny, 2018), scaled to the map's box. */
    static double[] project(double lonDeg, double latDeg) {
        final double a1 = 1.340264;
        final double a2 = -0.081106;
        final double a3 = 0.000893;
        final double a4 = 0.003796;
        final double m = Math.sqrt(3) / 2;
        double lambda = Math.toRadians(lonDeg);
        double phi = Math.toRadians(latDeg);
        double theta = Math.asin(m * Math.sin(phi));
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        double x = lambda * Math.cos(theta) / (m * (a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)));
        double y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2));
        // x spans about ±2.7207, y about ±1.3173
        double k = WIDTH / (2 * 2.7207);
        return new double[] {WIDTH / 2.0 + x * k, HEIGHT / 2.0 - y * k};
    }
}

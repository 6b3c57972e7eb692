package io.floorcheck.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.floorcheck.scoring.Inputs.Weights;

/**
 * How far one weight must move before another vendor would be recommended, computed exactly:
 * with one weight t free (the others of its kind rescaled so the total stays), each vendor's
 * overall is a ratio of two linear functions of t, so two vendors trade places only where a
 * quadratic in t is zero. Those roots (and where a vendor's visit part would lose its last
 * weighted section) cut 0–100 into intervals in which the leader cannot change; the leader of
 * each interval is read at its midpoint, walking outwards from the current weight.
 */
final class Sensitivity {

    private static final double EPS = 1e-9;

    private Sensitivity() {
    }

    /**
     * Each vendor's overall as a function of the free weight: (p + q t) / (r + s t), or a constant
     * (q = s = 0, r = 1), or none (NaN p). {@code visitBreak} is where its visit part has no weight left.
     */
    record Line(double p, double q, double r, double s, double constantBelowBreak, double visitBreak) {

        double at(double t) {
            double d = r + s * t;
            if (Math.abs(d) < EPS) {
                return constantBelowBreak;
            }
            return (p + q * t) / d;
        }

        static Line constant(double value) {
            return new Line(value, 0, 1, 0, value, Double.NaN);
        }
    }

    /** The visit part's share of the overall moving from 0 to 100, leadership taking the rest. */
    static Tipping partSplit(Weights weights, double[] visit, double[] leadership, boolean[] recommendable,
            long[] ids, int leader) {
        double total = weights.visit() + weights.leadership();
        Line[] lines = new Line[ids.length];
        for (int v = 0; v < ids.length; v++) {
            if (!Double.isNaN(visit[v]) && !Double.isNaN(leadership[v])) {
                // (t V + (T − t) L) / T
                lines[v] = new Line(total * leadership[v], visit[v] - leadership[v], total, 0, Double.NaN,
                        Double.NaN);
            } else {
                lines[v] = Line.constant(Aggregate.overall(weights, visit[v], leadership[v]));
            }
        }
        double current = 100 * weights.visit() / total;
        return tip(Tipping.PART_SPLIT, current, scaleTo100(lines, total), recommendable, ids, leader);
    }

    /**
     * One visit section's weight moving from 0 to 100, the other sections rescaled proportionally.
     * {@code sections[v][s]} is vendor v's value of section s (NaN: none).
     */
    static Tipping section(Weights weights, double[] sectionWeights, String[] codes, int k, double[][] sections,
            double[] leadership, boolean[] recommendable, long[] ids, int leader) {
        double total = 0;
        for (double w : sectionWeights) {
            total += w;
        }
        double current = 100 * sectionWeights[k] / total;
        double rest = total - sectionWeights[k];
        if (rest <= EPS) {
            return new Tipping(codes[k], current, null, null);
        }
        double c = 1 / rest;
        double parts = weights.visit() + weights.leadership();
        Line[] lines = new Line[ids.length];
        for (int v = 0; v < ids.length; v++) {
            double a = 0;
            double b = 0;
            for (int j = 0; j < codes.length; j++) {
                if (j != k && !Double.isNaN(sections[v][j]) && sectionWeights[j] > 0) {
                    a += sectionWeights[j] * sections[v][j];
                    b += sectionWeights[j];
                }
            }
            double h = Double.isNaN(sections[v][k]) ? 0 : 1;
            double sk = h == 0 ? 0 : sections[v][k];
            // On the sections' own scale T: visit(t) = (h t S_k + c (T − t) A) / (h t + c (T − t) B).
            double n0 = a * c * total;
            double n1 = h * sk - a * c;
            double d0 = b * c * total;
            double d1 = h - b * c;
            if (Math.abs(d0) < EPS && Math.abs(d1) < EPS) {
                lines[v] = Line.constant(Aggregate.overall(weights, Double.NaN, leadership[v]));
                continue;
            }
            double root = Math.abs(d1) < EPS ? Double.NaN : -d0 / d1;
            double withoutVisit = Aggregate.overall(weights, Double.NaN, leadership[v]);
            if (Double.isNaN(leadership[v])) {
                lines[v] = new Line(n0, n1, d0, d1, withoutVisit, root);
            } else {
                double wv = weights.visit();
                double wl = weights.leadership();
                lines[v] = new Line(wv * n0 + wl * leadership[v] * d0, wv * n1 + wl * leadership[v] * d1,
                        parts * d0, parts * d1, withoutVisit, root);
            }
        }
        return tip(codes[k], current, scaleTo100(lines, total), recommendable, ids, leader);
    }

    /** The lines re-expressed over 0–100 (the weight as a percentage of its kind's total). */
    private static Line[] scaleTo100(Line[] lines, double total) {
        double f = total / 100;
        Line[] scaled = new Line[lines.length];
        for (int v = 0; v < lines.length; v++) {
            Line l = lines[v];
            scaled[v] = new Line(l.p(), l.q() * f, l.r(), l.s() * f, l.constantBelowBreak(), l.visitBreak() / f);
        }
        return scaled;
    }

    private static Tipping tip(String weight, double current, Line[] lines, boolean[] recommendable, long[] ids,
            int leader) {
        TreeSet<Double> cuts = new TreeSet<>();
        cuts.add(0.0);
        cuts.add(100.0);
        cuts.add(current);
        for (int i = 0; i < lines.length; i++) {
            addIfInside(cuts, lines[i].visitBreak());
            if (!recommendable[i]) {
                continue;
            }
            for (int j = i + 1; j < lines.length; j++) {
                if (recommendable[j]) {
                    for (double root : crossings(lines[i], lines[j])) {
                        addIfInside(cuts, root);
                    }
                }
            }
        }
        List<Double> points = new ArrayList<>(cuts);
        int here = points.indexOf(current);
        Double up = null;
        Integer upLeader = null;
        for (int i = here; i + 1 < points.size(); i++) {
            int top = leaderAt((points.get(i) + points.get(i + 1)) / 2, lines, recommendable);
            if (top != leader) {
                up = points.get(i);
                upLeader = top;
                break;
            }
        }
        Double down = null;
        Integer downLeader = null;
        for (int i = here; i - 1 >= 0; i--) {
            int top = leaderAt((points.get(i) + points.get(i - 1)) / 2, lines, recommendable);
            if (top != leader) {
                down = points.get(i);
                downLeader = top;
                break;
            }
        }
        if (up == null && down == null) {
            return new Tipping(weight, current, null, null);
        }
        boolean takeDown = down != null && (up == null || current - down <= up - current);
        int winner = takeDown ? downLeader : upLeader;
        return new Tipping(weight, current, takeDown ? down : up, winner < 0 ? null : ids[winner]);
    }

    /** The recommendable vendor with the highest overall at t; −1 for a tie or none. */
    private static int leaderAt(double t, Line[] lines, boolean[] recommendable) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        boolean tie = false;
        for (int v = 0; v < lines.length; v++) {
            double value = lines[v].at(t);
            if (!recommendable[v] || Double.isNaN(value)) {
                continue;
            }
            if (best >= 0 && Aggregate.same(value, top)) {
                tie = true;
                top = Math.max(top, value);
            } else if (value > top) {
                top = value;
                best = v;
                tie = false;
            }
        }
        return tie ? -1 : best;
    }

    /** Where (p_i + q_i t)(r_j + s_j t) = (p_j + q_j t)(r_i + s_i t). */
    static List<Double> crossings(Line i, Line j) {
        double a = i.q() * j.s() - j.q() * i.s();
        double b = i.p() * j.s() + i.q() * j.r() - j.p() * i.s() - j.q() * i.r();
        double c = i.p() * j.r() - j.p() * i.r();
        List<Double> roots = new ArrayList<>();
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c)) {
            return roots;
        }
        double scale = Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(c)));
        if (scale == 0) {
            return roots;
        }
        if (Math.abs(a) <= 1e-12 * scale) {
            if (Math.abs(b) > 1e-12 * scale) {
                roots.add(-c / b);
            }
            return roots;
        }
        double discriminant = b * b - 4 * a * c;
        if (discriminant < 0) {
            return roots;
        }
        // The numerically stable pair of roots.
        double qq = -0.5 * (b + Math.copySign(Math.sqrt(discriminant), b));
        roots.add(qq / a);
        if (qq != 0) {
            roots.add(c / qq);
        }
        return roots;
    }

    private static void addIfInside(TreeSet<Double> cuts, double t) {
        if (!Double.isNaN(t) && t > 0 && t < 100) {
            cuts.add(t);
        }
    }
}

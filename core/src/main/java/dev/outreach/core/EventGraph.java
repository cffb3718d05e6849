package dev.outreach.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The relations between a dossier's events (a side event of, part of), checked in one pass
 * over the graph: each relation must name an event of the dossier, and none may lie on a
 * cycle. A relation from one event to another lies on a cycle exactly when both are in the
 * same strongly connected component, which Tarjan's algorithm finds in time linear in the
 * number of events and relations; a walk from every relation would be quadratic for a long
 * chain of events.
 */
final class EventGraph {

    private EventGraph() {
    }

    /**
     * Reports, at {@code events[e].relations[r].eventId}, each relation that names no event of
     * the list and each that lies on a cycle. Events with the same identifier (reported as
     * duplicates elsewhere) are one node with the relations of both.
     */
    static void checkRelations(List<Event> events, Problems problems) {
        Map<String, Integer> nodes = new HashMap<>(events.size() * 2);
        int[] nodeOf = new int[events.size()];
        int edges = 0;
        for (int e = 0; e < events.size(); e++) {
            problems.visit();
            Integer node = nodes.putIfAbsent(events.get(e).id(), nodes.size());
            nodeOf[e] = node != null ? node : nodes.size() - 1;
            edges += events.get(e).relations().size();
        }
        // The relations as an adjacency array: the targets of node n at first[n] to first[n + 1].
        int[] first = new int[nodes.size() + 1];
        int[] target = new int[edges];
        int[][] targetOf = new int[events.size()][];
        for (int e = 0; e < events.size(); e++) {
            List<EventRelation> relations = events.get(e).relations();
            targetOf[e] = new int[relations.size()];
            for (int r = 0; r < relations.size(); r++) {
                problems.visit();
                Integer node = nodes.get(relations.get(r).eventId());
                targetOf[e][r] = node == null ? -1 : node;
                if (node != null) {
                    first[nodeOf[e] + 1]++;
                }
            }
        }
        for (int n = 0; n < nodes.size(); n++) {
            first[n + 1] += first[n];
        }
        int[] next = first.clone();
        for (int e = 0; e < events.size(); e++) {
            for (int t : targetOf[e]) {
                problems.visit();
                if (t >= 0) {
                    target[next[nodeOf[e]]++] = t;
                }
            }
        }
        int[] component = components(first, target, problems);
        for (int e = 0; e < events.size(); e++) {
            for (int r = 0; r < targetOf[e].length; r++) {
                problems.visit();
                int t = targetOf[e][r];
                if (t < 0) {
                    problems.report("outreach.reference.unknownEvent", "events", e, "relations", r, "eventId");
                } else if (component[t] == component[nodeOf[e]]) { // never the event itself: an Event refuses that
                    problems.report("outreach.event.cycle", "events", e, "relations", r, "eventId");
                }
            }
        }
    }

    /**
     * Tarjan's strongly connected components, without recursion (a chain of events may be
     * longer than the stack is deep).
     *
     * @return the component of each node
     */
    private static int[] components(int[] first, int[] target, Problems problems) {
        int count = first.length - 1;
        int[] order = new int[count]; // the order of discovery, from 1; 0 for not yet discovered
        int[] low = new int[count];
        int[] component = new int[count];
        boolean[] onStack = new boolean[count];
        int[] stack = new int[count];
        int stackSize = 0;
        int[] path = new int[count]; // the nodes being explored, the depth-first walk's own stack
        int[] edge = new int[count]; // for each node on the path, the next of its relations to follow
        int discovered = 0;
        int components = 0;
        for (int root = 0; root < count; root++) {
            if (order[root] != 0) {
                continue;
            }
            int depth = 0;
            path[0] = root;
            edge[root] = first[root];
            order[root] = low[root] = ++discovered;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                problems.visit();
                int node = path[depth];
                if (edge[node] < first[node + 1]) {
                    int t = target[edge[node]++];
                    if (order[t] == 0) {
                        order[t] = low[t] = ++discovered;
                        stack[stackSize++] = t;
                        onStack[t] = true;
                        edge[t] = first[t];
                        path[++depth] = t;
                    } else if (onStack[t]) {
                        low[node] = Math.min(low[node], order[t]);
                    }
                    continue;
                }
                if (low[node] == order[node]) {
                    int member;
                    do {
                        member = stack[--stackSize];
                        onStack[member] = false;
                        component[member] = components;
                    } while (member != node);
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    low[path[depth]] = Math.min(low[path[depth]], low[node]);
                }
            }
        }
        return component;
    }
}

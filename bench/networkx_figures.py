#!/usr/bin/python3
"""The figures Maillon computes, as a networkx user would compute them.

Reads the organisation as the int-indexed tables the Java side writes (people.tsv: manager and
team per person; nodes.tsv: kind per node, T front-line team, t other team, C final customer,
P partner; links.tsv: from and to), builds networkx DiGraphs and runs breadth-first searches from
a virtual root (depths) or a virtual sink on the reversed value chain (hops, reach of the front
line). Graph building and the searches are timed, file reading is not, as on the Java side.
Writes the figures to figures.txt, one line each, and prints the median time in milliseconds.

Usage: networkx_figures.py FOLDER REPEATS
"""
import statistics
import sys
import time

import networkx as nx

ROOT, SINK = "root", "sink"


def read(folder):
    people = [tuple(int(v) for v in line.split("\t")) for line in open(f"{folder}/people.tsv")]
    kinds = [line.strip() for line in open(f"{folder}/nodes.tsv")]
    links = [tuple(int(v) for v in line.split("\t")) for line in open(f"{folder}/links.tsv")]
    return people, kinds, links


def hierarchy(people):
    graph = nx.DiGraph()
    graph.add_nodes_from(range(len(people)))
    graph.add_edges_from((ROOT if manager < 0 else manager, p) for p, (manager, _) in enumerate(people))
    lengths = nx.single_source_shortest_path_length(graph, ROOT)
    depth = [lengths[p] - 1 for p in range(len(people))]
    span = [graph.out_degree(p) for p in range(len(people))]
    return depth, max(depth, default=-1) + 1, span


def value_chain(kinds, links, ends):
    graph = nx.DiGraph()
    graph.add_nodes_from(range(len(kinds)))
    graph.add_edges_from(links)
    graph.add_edges_from((node, SINK) for node, kind in enumerate(kinds) if kind in ends)
    return graph


def team_hops(kinds, links):
    lengths = nx.single_source_shortest_path_length(value_chain(kinds, links, "C").reverse(copy=False), SINK)
    return [lengths[t] - 1 if t in lengths else -1 for t, kind in enumerate(kinds) if kind in "Tt"]


def reaches_front_line(kinds, links):
    graph = value_chain(kinds, links, "TC")
    lead = nx.descendants(graph.reverse(copy=False), SINK)
    return [any(n != SINK and n in lead for n in graph.successors(t)) for t, kind in enumerate(kinds) if kind in "Tt"]


def figures(people, kinds, links):
    depth, layers, span = hierarchy(people)
    hops = team_hops(kinds, links)
    person_hops = [-1 if team < 0 else hops[team] for _, team in people]
    return depth, layers, span, hops, person_hops, reaches_front_line(kinds, links)


def main(folder, repeats):
    people, kinds, links = read(folder)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = figures(people, kinds, links)
        times.append((time.perf_counter() - start) * 1000)
    depth, layers, span, hops, person_hops, reaches = result
    with open(f"{folder}/figures.txt", "w") as out:
        for values in (depth, [layers], span, hops, person_hops, [int(r) for r in reaches]):
            out.write(" ".join(map(str, values)) + "\n")
    print(f"{statistics.median(times):.1f}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))

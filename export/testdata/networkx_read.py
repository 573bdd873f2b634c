"""Read a newsgraph GraphML or GEXF export with networkx; print it as JSON.

Usage: python3 networkx_read.py graphml|gexf FILE

Prints {"version", "multigraph", "nodes": {id: attrs}, "edges": [[u, v, attrs]]}
with every attribute as networkx parsed it, and each attribute's Python type
name in "types", so the caller can check that typed keys stayed typed.
"""
import json
import sys

import networkx as nx
from networkx.readwrite import gexf as nx_gexf


def register_gexf_13():
    # networkx added the GEXF 1.3 namespace in 3.6 (PR #8196: "the fix is
    # just to add the version info to the GEXFReader"); older releases,
    # such as Debian's, know 1.1draft and 1.2draft only. Add the same entry.
    if "1.3" in nx_gexf.GEXF.versions:
        return
    nx_gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }


def typed(d):
    return {k: v for k, v in d.items()}, {k: type(v).__name__ for k, v in d.items()}


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "graphml":
        g = nx.read_graphml(path)
    else:
        register_gexf_13()
        g = nx.read_gexf(path, version="1.3")
    nodes, node_types = {}, {}
    for n, d in g.nodes(data=True):
        nodes[n], node_types[n] = typed(d)
    edges = []
    for u, v, d in g.edges(data=True):
        d = {k: val for k, val in d.items() if k not in ("viz",)}
        attrs, types = typed(d)
        edges.append([u, v, attrs, types])
    json.dump(
        {
            "version": nx.__version__,
            "multigraph": g.is_multigraph(),
            "directed": g.is_directed(),
            "nodes": nodes,
            "node_types": node_types,
            "edges": edges,
        },
        sys.stdout,
        default=str,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    main()

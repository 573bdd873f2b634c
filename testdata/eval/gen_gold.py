#!/usr/bin/env python3
"""Build <id>.gold.json from the compact annotation file src/<id>.ann.

Line formats (fields separated by " | "):
  E id | Type | Canonical name | alias; alias; ...
  T s | lemma,lemma | o | flags | evidence      flags: space-separated c=NN sym opt role
  F s | lemma,lemma | o | evidence
Blank lines and lines starting with # are ignored.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def build(ident):
    ents, triples, forb = [], [], []
    with open(os.path.join(HERE, "src", ident + ".ann"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            kind, rest = line[0], line[2:]
            n = {"E": 3, "T": 4, "F": 3}.get(kind, 0)
            parts = [x.strip() for x in rest.split("|", n)]
            if kind == "E":
                eid, typ, name, aliases = parts
                al = [name] + [a.strip() for a in aliases.split(";") if a.strip()]
                seen, out = set(), []
                for a in al:
                    if a not in seen:
                        seen.add(a)
                        out.append(a)
                ents.append({"id": eid, "type": typ, "name": name, "aliases": out})
            elif kind == "T":
                s, p, o, flags, ev = parts
                t = {"s": s, "p": [x.strip() for x in p.split(",")], "o": o}
                for fl in flags.split():
                    if fl.startswith("c="):
                        t["cameo"] = fl[2:]
                    elif fl == "role":
                        t["kind"] = "role"
                    elif fl == "sym":
                        t["symmetric"] = True
                    elif fl == "opt":
                        t["optional"] = True
                    elif fl != "-":
                        sys.exit(f"{ident}:{ln}: bad flag {fl}")
                t["evidence"] = ev
                triples.append(t)
            elif kind == "F":
                s, p, o, ev = parts
                forb.append({"s": s, "p": [x.strip() for x in p.split(",")], "o": o, "evidence": ev})
            else:
                sys.exit(f"{ident}:{ln}: bad line")
    gold = {"article": ident + ".txt", "entities": ents, "triples": triples, "forbidden": forb}
    with open(os.path.join(HERE, ident + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    ids = sys.argv[1:] or sorted(n[:-4] for n in os.listdir(os.path.join(HERE, "src")) if n.endswith(".ann"))
    for i in ids:
        build(i)
        print("built", i)

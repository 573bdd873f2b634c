#!/usr/bin/env python3
"""Check the gold files in this folder against score.py.

For every <id>.gold.json next to an <id>.txt:
  * every evidence string is a verbatim substring of the article;
  * every alias occurs in the article (the canonical name may not);
  * no normalised alias belongs to two entities; s/o ids exist;
  * each gold triple fed back as {"subject": name, "predicate": first lemma,
    "object": name} gives actor precision 1.0, recall 1.0, 0 negation errors;
  * (note) no lemma of a gold triple also matches a forbidden entry for the
    same direction, which would punish a correct prediction;
  * each forbidden entry fed back without "negated" is a negation error,
    and with "negated": true it is not.
Exit status 1 if any check fails.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval"))
import score  # noqa: E402


def check(ident):
    errs, notes = [], []
    text = open(os.path.join(HERE, ident + ".txt"), encoding="utf-8").read()
    gold = json.load(open(os.path.join(HERE, ident + ".gold.json"), encoding="utf-8"))
    ents = {e["id"]: e for e in gold["entities"]}
    owner = {}
    for e in gold["entities"]:
        for a in e["aliases"]:
            if a != e["name"] and a not in text:
                errs.append(f"alias not in text: {e['id']}: {a!r}")
            n = score.norm(a)
            if n in owner and owner[n] != e["id"]:
                errs.append(f"alias {a!r} shared by {owner[n]} and {e['id']}")
            owner.setdefault(n, e["id"])
    idx = score.Entities(gold["entities"])
    for e in gold["entities"]:
        if idx.find(e["name"]) != e["id"]:
            errs.append(f"name {e['name']!r} maps to {idx.find(e['name'])}, not {e['id']}")
    for kind in ("triples", "forbidden"):
        for t in gold[kind]:
            for k in ("s", "o"):
                if t[k] not in ents:
                    errs.append(f"{kind}: unknown id {t[k]}")
            if t["evidence"] not in text:
                errs.append(f"{kind}: evidence not in text: {t['evidence']!r}")
    if errs:
        return errs, notes, None
    preds = [{"subject": ents[t["s"]]["name"], "predicate": t["p"][0], "object": ents[t["o"]]["name"]}
             for t in gold["triples"]]
    res = score.score(gold, preds)
    if res["actor_precision"] != 1.0 or res["recall"] != 1.0 or res["negation_errors"] != 0:
        errs.append(f"round trip of triples: {res}")
    for f in gold["forbidden"]:
        p = {"subject": ents[f["s"]]["name"], "predicate": f["p"][0], "object": ents[f["o"]]["name"]}
        r = score.score(gold, [p])
        if r["negation_errors"] != 1:
            errs.append(f"forbidden not caught: {f['s']} {f['p'][0]} {f['o']}")
        r = score.score(gold, [dict(p, negated=True)])
        if r["negation_errors"] != 0:
            errs.append(f"negated forbidden still an error: {f['s']} {f['p'][0]} {f['o']}")
    for t in gold["triples"]:
        for f in gold["forbidden"]:
            dirs = [(t["s"], t["o"])] + ([(t["o"], t["s"])] if t.get("symmetric") else [])
            if (f["s"], f["o"]) in dirs:
                clash = [l for l in t["p"] if score.pred_match(l, f["p"])]
                if clash:
                    notes.append(f"lemma clash: triple {t['s']}>{t['o']} {clash} vs forbidden {f['p']}")
    words = len(text.split())
    req = sum(not t.get("optional") for t in gold["triples"])
    stats = dict(words=words, entities=len(ents), required=req,
                 optional=len(gold["triples"]) - req, forbidden=len(gold["forbidden"]),
                 roles=sum(t.get("kind") == "role" for t in gold["triples"]),
                 precision=res["actor_precision"], recall=res["recall"])
    if not 250 <= words <= 500:
        notes.append(f"word count {words} outside 250-500")
    return errs, notes, stats


def main():
    ids = sorted(n[:-4] for n in os.listdir(HERE) if n.endswith(".txt"))
    bad = 0
    print("%-26s %5s %4s %4s %4s %4s %4s %5s %5s  %s" % ("article", "words", "ent", "req", "opt", "forb", "role", "P", "R", "status"))
    for i in ids:
        if not os.path.exists(os.path.join(HERE, i + ".gold.json")):
            print(f"{i:26} no gold file"); bad += 1; continue
        errs, notes, st = check(i)
        if st:
            print("%-26s %5d %4d %4d %4d %4d %4d %5.2f %5.2f  %s" % (i, st["words"], st["entities"], st["required"], st["optional"],
                  st["forbidden"], st["roles"], st["precision"], st["recall"], "FAIL" if errs else "ok"))
        else:
            print(f"{i:26} FAIL")
        for e in errs:
            print("   ERROR", e)
        for n in notes:
            print("   note ", n)
        bad += bool(errs)
    print(f"{len(ids)} articles, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

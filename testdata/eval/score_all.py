#!/usr/bin/env python3
"""Score a newsgraph binary on the articles in this folder.

usage: score_all.py NEWSGRAPH_BINARY [--verbose] [--json]

For each <id>.txt here with an <id>.gold.json next to it, runs
`NEWSGRAPH_BINARY extract <id>.txt`, writes the output to a temporary file and
scores it with `python3 ../shared/eval/score.py GOLD PRED --json`.
Prints one row per article (F1, actor precision, recall, pair recall,
negation errors) and the mean. --verbose also passes through score.py's
--verbose listing (on stderr) for each article. --json prints the results as JSON.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval", "score.py")
KEYS = ("f1", "actor_precision", "recall", "pair_recall", "entity_precision")


def run_one(binary, ident, verbose):
    txt = os.path.join(HERE, ident + ".txt")
    gold = os.path.join(HERE, ident + ".gold.json")
    try:
        r = subprocess.run([binary, "extract", txt], capture_output=True, text=True, timeout=300)
        out, failed = r.stdout, r.returncode != 0
        err = r.stderr
    except subprocess.TimeoutExpired:
        out, failed, err = "", True, "timeout"
    if failed:
        print(f"{ident}: extract failed: {err.strip()[-300:]}", file=sys.stderr)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write(out)
        pred = f.name
    try:
        args = [sys.executable, SCORE, gold, pred, "--json"] + (["--verbose"] if verbose else [])
        s = subprocess.run(args, capture_output=True, text=True)
        if s.returncode != 0:
            raise SystemExit(f"{ident}: score.py failed: {s.stderr.strip()}")
        if verbose:
            print(f"== {ident}", file=sys.stderr)
            sys.stderr.write(s.stderr)
        res = json.loads(s.stdout.strip().splitlines()[-1])
    finally:
        os.unlink(pred)
    res["extract_failed"] = failed
    return res


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    binary, verbose = os.path.abspath(args[0]), "--verbose" in argv
    ids = sorted(n[:-4] for n in os.listdir(HERE)
                 if n.endswith(".txt") and os.path.exists(os.path.join(HERE, n[:-4] + ".gold.json")))
    rows = [(i, run_one(binary, i, verbose)) for i in ids]
    mean = {k: round(sum(r[k] for _, r in rows) / len(rows), 3) for k in KEYS} if rows else {}
    mean["negation_errors"] = sum(r["negation_errors"] for _, r in rows)
    if "--json" in argv:
        print(json.dumps({"articles": dict(rows), "mean": mean}))
        return 0
    print("%-26s %6s %6s %6s %6s %4s" % ("article", "F1", "P", "R", "pairR", "neg"))
    for name, r in rows:
        print("%-26s %6.3f %6.3f %6.3f %6.3f %4d%s" % (name, r["f1"], r["actor_precision"], r["recall"],
              r["pair_recall"], r["negation_errors"], "  (extract failed)" if r["extract_failed"] else ""))
    print("%-26s %6.3f %6.3f %6.3f %6.3f %4d" % ("MEAN", mean["f1"], mean["actor_precision"], mean["recall"],
          mean["pair_recall"], mean["negation_errors"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

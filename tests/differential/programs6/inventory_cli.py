import argparse
import csv
import io
import json
import sys
from collections import defaultdict

DATA = """sku,name,category,qty,unit_price
A100,Widget,tools,12,2.50
A101,Gadget,tools,0,12.00
B200,Apple,food,150,0.35
B201,"Bread, rye",food,8,3.10
C300,Notebook,office,40,1.99
C301,Pen,office,300,0.45
"""


def load(text):
    rows = list(csv.DictReader(io.StringIO(text)))
    for r in rows:
        r["qty"] = int(r["qty"])
        r["unit_price"] = float(r["unit_price"])
    return rows


def build_parser():
    p = argparse.ArgumentParser(prog="inv", description="Inventory tool")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="cmd", required=True)
    ls = sub.add_parser("list", help="list items")
    ls.add_argument("--category", "-c", action="append")
    ls.add_argument("--min-qty", type=int, default=0)
    tot = sub.add_parser("totals")
    tot.add_argument("--sort", default="value", choices=["value", "name"])
    return p


def cmd_list(rows, args):
    out = [r for r in rows if (not args.category or r["category"] in args.category) and r["qty"] >= args.min_qty]
    return out


def cmd_totals(rows, args):
    agg = defaultdict(lambda: {"items": 0, "value": 0.0})
    for r in rows:
        a = agg[r["category"]]
        a["items"] += r["qty"]
        a["value"] += r["qty"] * r["unit_price"]
    keyf = (lambda kv: -kv[1]["value"]) if args.sort == "value" else (lambda kv: kv[0])
    return [{"category": k, **v} for k, v in sorted(agg.items(), key=keyf)]


def render(rows, fmt):
    if not rows:
        print("(no rows)")
        return
    if fmt == "json":
        print(json.dumps(rows, indent=2, sort_keys=True))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
        w.writeheader()
        w.writerows(rows)
        print(buf.getvalue(), end="")
    else:
        cols = list(rows[0])
        widths = {c: max(len(c), *(len(f"{r[c]:.2f}" if isinstance(r[c], float) else str(r[c])) for r in rows)) for c in cols}
        print("  ".join(f"{c:<{widths[c]}}" for c in cols))
        print("  ".join("-" * widths[c] for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                v = r[c]
                if isinstance(v, float):
                    cells.append(f"{v:>{widths[c]}.2f}")
                elif isinstance(v, int):
                    cells.append(f"{v:>{widths[c]}d}")
                else:
                    cells.append(f"{v:<{widths[c]}}")
            print("  ".join(cells))


rows = load(DATA)
parser = build_parser()
for argv in [["list"], ["--format", "csv", "list", "-c", "food", "-c", "office", "--min-qty", "10"],
             ["-vv", "--format", "json", "totals", "--sort", "name"], ["totals"],
             ["list", "--min-qty", "many"], ["frobnicate"], ["--format", "xml", "list"]]:
    print(f"$ inv {' '.join(argv)}")
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        print("exit status", e.code)
        continue
    if args.verbose:
        print("verbosity", args.verbose, vars(args))
    result = {"list": cmd_list, "totals": cmd_totals}[args.cmd](rows, args)
    render(result, args.format)
sys.stdout.flush()

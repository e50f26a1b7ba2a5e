import argparse
import sys


def build_parser():
    p = argparse.ArgumentParser(prog="invtool", description="Inventory helper.", epilog="Have fun.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--format", choices=["text", "json"], default="text")
    sub = p.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add", help="add an item")
    add.add_argument("name")
    add.add_argument("qty", type=int)
    add.add_argument("--price", type=float, default=0.0, metavar="P")
    add.add_argument("--tag", action="append", default=[])
    rm = sub.add_parser("rm", help="remove items")
    rm.add_argument("names", nargs="+")
    rm.add_argument("-f", "--force", action="store_true")
    ls = sub.add_parser("ls")
    ls.add_argument("--limit", type=int, default=10)
    ls.add_argument("pattern", nargs="?", default="*")
    return p


parser = build_parser()
cases = [
    ["add", "widget", "5", "--price", "2.5", "--tag", "new", "--tag", "sale"],
    ["-vv", "--format", "json", "rm", "a", "b", "-f"],
    ["ls"],
    ["ls", "--limit", "3", "w*"],
    ["add", "gizmo", "many"],
    ["--format", "xml", "ls"],
    ["rm"],
    [],
    ["add", "x", "1", "--bogus"],
]
for argv in cases:
    try:
        ns = parser.parse_args(argv)
        print(argv, "->", sorted(vars(ns).items()))
    except SystemExit as e:
        print(argv, "-> exit", e.code)
ns, rest = parser.parse_known_args(["ls", "--other", "1"])
print(ns.cmd, ns.limit, rest)
parser.print_usage(sys.stdout)
simple = argparse.ArgumentParser(prog="sum", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
simple.add_argument("numbers", nargs="*", type=int, help="values to add")
simple.add_argument("--scale", type=float, default=1.0, help="multiplier")
simple.add_argument("--mode", default="sum", choices=("sum", "max"))
group = simple.add_mutually_exclusive_group()
group.add_argument("--quiet", action="store_true")
group.add_argument("--loud", action="store_true")
simple.print_help(sys.stdout)
for argv in (["1", "2", "3", "--scale", "0.5"], ["--mode", "max", "4", "9"], ["--quiet", "--loud"]):
    try:
        a = simple.parse_args(argv)
        total = (sum if a.mode == "sum" else max)(a.numbers) * a.scale
        print(argv, total, a.quiet, a.loud)
    except SystemExit as e:
        print(argv, "exit", e.code)

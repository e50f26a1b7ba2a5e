"""argparse: parse argument lists the way a CLI script does."""
import argparse

parser = argparse.ArgumentParser(prog="inventory", description="Manage stock levels.")
parser.add_argument("command", choices=["add", "remove", "list"], help="what to do")
parser.add_argument("items", nargs="*", help="item names")
parser.add_argument("-n", "--count", type=int, default=1, help="how many (default: %(default)s)")
parser.add_argument("-v", "--verbose", action="store_true")
parser.add_argument("--tag", action="append", dest="tags", default=[])
parser.add_argument("--price", type=float, metavar="EUR")
parser.add_argument("--mode", default="fast", choices=("fast", "safe"))

for argv in [["add", "bolt", "nut", "-n", "5"], ["list", "-v"], ["remove", "gear", "--tag", "a", "--tag=b", "--price", "2.5"],
             ["add", "x", "--count=3", "--mode", "safe"]]:
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items()))
print(parser.format_usage(), end="")
print(parser.format_help())
args = parser.parse_args(["list"])
print(args.command, args.items, args.count, args.verbose, args.tags, args.price, args)
known, rest = parser.parse_known_args(["list", "--unknown", "1"])
print(known.command, rest)

sub = argparse.ArgumentParser(prog="tool")
subs = sub.add_subparsers(dest="cmd")
p_run = subs.add_parser("run")
p_run.add_argument("target")
p_run.add_argument("--dry-run", action="store_true")
p_cfg = subs.add_parser("config")
p_cfg.add_argument("key")
p_cfg.add_argument("value", nargs="?", default=None)
print(sub.parse_args(["run", "build", "--dry-run"]), sub.parse_args(["config", "color"]))

group_parser = argparse.ArgumentParser(prog="g")
g = group_parser.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true")
g.add_argument("--csv", action="store_true")
group_parser.add_argument("--level", type=int, choices=range(1, 4), default=2)
print(group_parser.parse_args(["--csv", "--level", "3"]))
for bad in [["--json", "--csv"], ["--level", "7"], ["--level", "x"]]:
    try:
        group_parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
try:
    parser.parse_args(["fly"])
except SystemExit as e:
    print("exit", e.code)
parser.parse_args(["add", "-n", "lots"])
print("not reached")

"""argparse: subcommands, mutually exclusive groups, help text, errors caught as SystemExit."""
import argparse
import contextlib
import io
import sys


def build():
    p = argparse.ArgumentParser(prog="inv", description="Inventory tool.", epilog="See docs.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--config", metavar="PATH", help="config file (default: %(default)s)", default="inv.toml")
    sub = p.add_subparsers(dest="cmd", title="commands", required=True, metavar="COMMAND")
    add = sub.add_parser("add", help="add an item", aliases=["a"])
    add.add_argument("name")
    add.add_argument("qty", type=int, nargs="?", default=1)
    add.add_argument("--tag", action="append", default=[], dest="tags")
    rm = sub.add_parser("rm", help="remove items")
    rm.add_argument("names", nargs="+")
    g = rm.add_mutually_exclusive_group()
    g.add_argument("--force", action="store_true")
    g.add_argument("--dry-run", action="store_true")
    ls = sub.add_parser("ls", help="list items")
    ls.add_argument("--sort", choices=["name", "qty"], default="name")
    ls.add_argument("--limit", type=int)
    ls.set_defaults(func="list_items")
    return p


def run(argv):
    p = build()
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = p.parse_args(argv)
            code = None
        except SystemExit as e:
            ns, code = None, e.code
    print(f"argv={argv}")
    if ns is not None:
        print("  ns:", sorted(vars(ns).items()))
    if code is not None:
        print("  exit:", code)
    for label, s in (("out", out.getvalue()), ("err", err.getvalue())):
        for line in s.splitlines():
            print(f"  {label}| {line}")


run(["add", "widget", "3", "--tag", "x", "--tag", "y"])
run(["-vv", "a", "gadget"])
run(["rm", "a", "b", "--force"])
run(["rm", "a", "--force", "--dry-run"])
run(["rm"])
run(["ls", "--sort", "size"])
run(["ls", "--limit", "ten"])
run(["ls"])
run([])
run(["frob"])
run(["--help"])
run(["add", "--help"])
run(["rm", "-h"])
run(["--config"])
run(["add", "x", "1", "extra"])

# parse_known_args and intermixed
p = argparse.ArgumentParser(prog="k")
p.add_argument("--a", type=float)
p.add_argument("rest", nargs="*")
ns, extra = p.parse_known_args(["--a", "2.5", "x", "--b", "y"])
print(ns, extra)
p2 = argparse.ArgumentParser(prog="mix")
p2.add_argument("--flag", action="store_true")
p2.add_argument("files", nargs="*")
print(p2.parse_intermixed_args(["a", "--flag", "b"]))

# error() on a parser with exit_on_error=False
p3 = argparse.ArgumentParser(prog="q", exit_on_error=False)
p3.add_argument("--n", type=int)
try:
    p3.parse_args(["--n", "zz"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)

# namespaces
ns = argparse.Namespace(a=1, b="x")
print(ns, "a" in ns, ns == argparse.Namespace(b="x", a=1))

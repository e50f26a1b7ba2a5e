"""argparse: a CLI with subcommands, --help text, and error exits captured from stderr."""
import argparse
import contextlib
import io

def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = parser.parse_args(argv)
        print("ARGS", argv, "->", ns)
        return ns
    except SystemExit as e:
        print("EXIT", argv, "code", e.code)
        if out.getvalue():
            print("stdout:\n" + out.getvalue(), end="")
        if err.getvalue():
            print("stderr:\n" + err.getvalue(), end="")

p = argparse.ArgumentParser(prog="inv", description="Inventory tool: tracks stock levels across warehouses.",
                            epilog="See the manual for more.")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output (repeatable)")
p.add_argument("--version", action="version", version="%(prog)s 1.4.2")
p.add_argument("--db", metavar="PATH", default="inv.db", help="database file (default: %(default)s)")
p.add_argument("-q", "--quiet", action="store_true")
sub = p.add_subparsers(dest="cmd", title="commands", help="what to do")
add = sub.add_parser("add", help="add an item", description="Add ITEM with a quantity.")
add.add_argument("item")
add.add_argument("qty", type=int, nargs="?", default=1)
add.add_argument("--tag", action="append", default=[], help="tag (repeatable)")
add.add_argument("--price", type=float, required=True)
rm = sub.add_parser("remove", aliases=["rm"], help="remove items")
rm.add_argument("items", nargs="+")
rm.add_argument("--force", action="store_true")
rep = sub.add_parser("report", help="print a report")
rep.add_argument("--format", choices=["text", "csv", "json"], default="text")
g = rep.add_mutually_exclusive_group()
g.add_argument("--daily", action="store_const", const="day", dest="period")
g.add_argument("--weekly", action="store_const", const="week", dest="period")
rep.add_argument("--limit", type=int, default=10, metavar="N")
rep.add_argument("start", help="first day")
rep.add_argument("end", help="last day")

run(p, ["add", "widget", "5", "--price", "2.5", "--tag", "a", "--tag", "b"])
run(p, ["-vv", "--db", "x.db", "rm", "a", "b", "--force"])
run(p, ["report", "--daily", "--format", "csv", "2023-01-01", "2023-02-01"])
run(p, ["--help"])
run(p, ["add", "-h"])
run(p, ["report", "--help"])
run(p, ["--version"])
run(p, ["add", "widget", "many", "--price", "1"])
run(p, ["add", "widget"])
run(p, ["report", "--daily", "--weekly", "a", "b"])
run(p, ["report", "--format", "xml", "a", "b"])
run(p, ["report", "a"])
run(p, ["bogus"])
run(p, ["--unknown"])
run(p, ["add", "w", "--price", "x"])
run(p, ["rm"])
run(p, [])
run(p, ["--db"])
run(p, ["report", "--lim", "3", "a", "b"])

q = argparse.ArgumentParser(prog="calc", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
q.add_argument("numbers", nargs="*", type=float, help="values")
q.add_argument("--op", default="sum", choices=("sum", "max", "min"), help="operation")
q.add_argument("--scale", type=lambda s: int(s, 0), default=1, help="scale factor")
q.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="toggle")
q.add_argument("--no-help-arg", help=argparse.SUPPRESS)
run(q, ["-h"])
ns = run(q, ["1", "2.5", "--op", "max", "--scale", "0x10", "--no-flag"])
run(q, ["--scale", "zz"])
ns2, rest = q.parse_known_args(["1", "--other", "x", "2"])
print(ns2, rest)
r = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter, description="""\
    Indented description
        kept as is.""", add_help=False)
r.add_argument("-x", type=int, default=0, dest="ex")
r.add_argument("files", nargs=argparse.REMAINDER)
run(r, ["-x", "3", "a", "-b", "--c"])
print(r.format_usage(), end="")
print(r.format_help(), end="")
c = argparse.ArgumentParser(prog="conv", prefix_chars="-+", fromfile_prefix_chars=None, allow_abbrev=False)
c.add_argument("+x", action="store_true")
c.add_argument("--longname")
run(c, ["+x", "--longname", "v"])
run(c, ["--long", "v"])
try:
    c.add_argument("--longname")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
ns = argparse.Namespace(a=1, b="x")
print(ns, vars(ns), "a" in ns, ns == argparse.Namespace(b="x", a=1))
e = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
e.add_argument("--n", type=int)
try:
    e.parse_args(["--n", "q"])
except argparse.ArgumentError as err:
    print("ArgumentError:", err, "|", err.argument_name)
print(argparse.ArgumentTypeError("x"), argparse.FileType("r").__class__.__name__)

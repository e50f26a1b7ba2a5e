import argparse
import contextlib
import io
import sys

def build():
    p = argparse.ArgumentParser(prog="tool", description="Process some files and report stats.",
                                epilog="See the docs for more.")
    p.add_argument("files", nargs="+", metavar="FILE", help="input files")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("-o", "--output", default="-", help="where to write (default: %(default)s)")
    p.add_argument("-n", "--limit", type=int, default=10, help="max rows")
    p.add_argument("--mode", choices=["fast", "slow", "auto"], default="auto")
    p.add_argument("--tag", action="append", dest="tags", default=[])
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--no-color", dest="color", action="store_false")
    p.add_argument("--ratio", type=float, required=False)
    p.add_argument("--pair", nargs=2, metavar=("K", "V"))
    p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--csv", action="store_true")
    return p

def run(argv):
    p = build()
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = p.parse_args(argv)
        except SystemExit as e:
            code = e.code
            ns = None
    print("argv:", argv)
    if ns is not None:
        print("  ns:", sorted(vars(ns).items()))
    if code is not None:
        print("  exit:", code)
    if out.getvalue():
        print("  stdout:\n" + out.getvalue())
    if err.getvalue():
        print("  stderr:\n" + err.getvalue())

run(["a.txt"])
run(["a.txt", "b.txt", "-vv", "-o", "out.csv", "--limit", "5", "--mode=fast", "--tag", "x", "--tag", "y", "--dry-run", "--no-color", "--pair", "k", "v", "--json"])
run(["-n3", "f", "--ratio", "0.5"])
run(["--help"])
run(["--version"])
run([])
run(["f", "--limit", "ten"])
run(["f", "--mode", "medium"])
run(["f", "--json", "--csv"])
run(["f", "--unknown"])
run(["f", "--pair", "only"])
run(["f", "--lim", "4"])
run(["f", "--", "-notanoption"])

sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", required=True, help="sub-command")
c = sp.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = sp.add_parser("push", help="update remote", aliases=["p"])
pu.add_argument("remote", nargs="?", default="origin")
pu.add_argument("branch", nargs="*")
for argv in [["commit", "-m", "msg"], ["push"], ["p", "up", "main", "dev"], ["commit"], [], ["pull"], ["--help"], ["commit", "--help"]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = sub.parse_args(argv)
            print(sorted(vars(ns).items()))
        except SystemExit as e:
            print("exit", e.code)
    print(argv, "=>", out.getvalue(), err.getvalue(), sep="\n")

p2 = argparse.ArgumentParser(prog="calc", formatter_class=argparse.ArgumentDefaultsHelpFormatter, add_help=True)
p2.add_argument("x", type=int, help="first")
p2.add_argument("--op", default="add", help="operation")
p2.add_argument("--scale", type=float, default=1.0, help="scale factor")
print(p2.format_help())
print(p2.format_usage())
ns, rest = p2.parse_known_args(["3", "--op", "mul", "--extra", "9"])
print(ns, rest)
p3 = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter, description="Line one\n  indented two\n\nPara")
p3.add_argument("--level", type=int, choices=range(1, 4), help=argparse.SUPPRESS)
p3.add_argument("-q", action="store_const", const=0, dest="level")
print(p3.format_help())
print(p3.parse_args(["-q"]), p3.parse_args(["--level", "2"]))
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns)
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{s} is not positive")
    return v
p4 = argparse.ArgumentParser(prog="pos", exit_on_error=False)
p4.add_argument("n", type=positive)
try:
    p4.parse_args(["-3"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
p5 = argparse.ArgumentParser(prog="pos5")
p5.add_argument("n", type=positive)
p5.add_argument("--opt", nargs="?", const="C", default="D")
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p5.parse_args(["0"])
    except SystemExit as e:
        print("exit", e.code)
print(err.getvalue())
print(p5.parse_args(["1", "--opt"]), p5.parse_args(["1"]), p5.parse_args(["1", "--opt", "v"]))

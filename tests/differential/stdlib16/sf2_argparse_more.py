"""argparse corners: nargs ?/*/+ with const/default, required subcommands, intermixed args, FileType, custom actions/types, conflicts."""
import argparse
import contextlib
import io
import os
import tempfile

TMP = [None]
def run(parser, argv, method="parse_args"):
    shown = [a.replace(TMP[0], "<tmp>") for a in argv] if TMP[0] else argv
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = getattr(parser, method)(argv)
        print("OK", shown, ns)
        return ns
    except SystemExit as e:
        print("EXIT", e.code, shown)
        for line in (out.getvalue() + err.getvalue()).replace(TMP[0] or "\0", "<tmp>").splitlines():
            print("   |", line)

p = argparse.ArgumentParser(prog="opt")
p.add_argument("--level", nargs="?", const="medium", default="low")
p.add_argument("--files", nargs="*", default=[])
p.add_argument("--pair", nargs=2, type=int, metavar=("X", "Y"))
p.add_argument("--tag", action="append", choices=["a", "b", "c"])
p.add_argument("--const", action="append_const", const=42, dest="consts")
p.add_argument("-n", "--dry-run", action="store_true", dest="dry")
p.add_argument("--no-color", action="store_false", dest="color")
p.add_argument("pos", nargs="?", default="default-pos")
run(p, [])
run(p, ["--level"])
run(p, ["--level", "high", "--files", "a", "b", "--pair", "3", "4", "x"])
run(p, ["--tag", "a", "--tag", "c", "--const", "--const", "-n", "--no-color"])
run(p, ["--pair", "1"])
run(p, ["--pair", "1", "z"])
run(p, ["--tag", "d"])
run(p, ["-n", "extra1", "extra2"])
run(p, ["--files", "--", "-weird"])
run(p, ["-h"])

class Range(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        lo, _, hi = values.partition("-")
        if not (lo.isdigit() and hi.isdigit()) or int(lo) > int(hi):
            parser.error(f"{option_string}: bad range {values!r}")
        setattr(namespace, self.dest, range(int(lo), int(hi) + 1))
def percent(s):
    v = float(s.rstrip("%"))
    if not 0 <= v <= 100:
        raise argparse.ArgumentTypeError(f"{s} is not a percentage")
    return v / 100
q = argparse.ArgumentParser(prog="pages", description="Select pages.")
q.add_argument("--pages", action=Range, default=range(1, 2), help="like 3-7")
q.add_argument("--quality", type=percent, default=0.9)
run(q, ["--pages", "3-5", "--quality", "75%"])
run(q, ["--pages", "9-2"])
run(q, ["--quality", "150"])
run(q, ["--help"])

r = argparse.ArgumentParser(prog="git-lite")
sub = r.add_subparsers(dest="command", required=True, metavar="COMMAND")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
c.set_defaults(func="do_commit")
l = sub.add_parser("log", help="show history")
l.add_argument("-n", type=int, default=5)
l.set_defaults(func="do_log")
run(r, ["commit", "-m", "msg"])
run(r, ["log"])
run(r, [])
run(r, ["commit"])
run(r, ["-h"])
run(r, ["log", "-h"])

m = argparse.ArgumentParser(prog="mix")
m.add_argument("--foo")
m.add_argument("cmd")
m.add_argument("rest", nargs="*")
run(m, ["doit", "1", "--foo", "x", "2", "3"], "parse_intermixed_args")
run(m, ["doit", "1", "--foo", "x", "2", "3"])
ns, extra = m.parse_known_args(["a", "--bar", "b", "--foo", "f"])
print(ns, extra)

with tempfile.TemporaryDirectory() as tmp:
    TMP[0] = tmp
    path = os.path.join(tmp, "in.txt")
    with open(path, "w") as f:
        f.write("line one\nline two\n")
    fp = argparse.ArgumentParser(prog="cat")
    fp.add_argument("infile", type=argparse.FileType("r"))
    ns = fp.parse_args([path])
    print(ns.infile.read().splitlines(), ns.infile.mode)
    ns.infile.close()
    run(fp, ["<tmp>/missing.txt".replace("<tmp>", tmp)])
    TMP[0] = None
g = argparse.ArgumentParser(prog="grp", conflict_handler="resolve")
g.add_argument("-v", action="store_true", help="first")
g.add_argument("-v", "--verbose", action="count", help="second wins")
grp = g.add_argument_group("output", "where results go")
grp.add_argument("--out", default="-")
mx = g.add_mutually_exclusive_group(required=True)
mx.add_argument("--json", action="store_true")
mx.add_argument("--csv", action="store_true")
run(g, ["-vv", "--json"])
run(g, ["--out", "f"])
run(g, ["--help"])
print(g.get_default("out"), g.format_usage().strip())
try:
    argparse.ArgumentParser().add_argument("x", required=True)
except TypeError as e:
    print("TypeError:", e)
try:
    p.add_argument("--level")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)

"""argparse help formatting: argument groups, formatter classes, metavar tuples, nargs forms, defaults, version, deprecated-free."""
import argparse
import contextlib
import io
import textwrap


def show(parser, argv=None):
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            if argv is None:
                parser.print_help()
            else:
                print(parser.parse_args(argv))
        except SystemExit as e:
            code = e.code
    print(out.getvalue(), end="")
    if err.getvalue():
        print("[stderr]", err.getvalue(), end="")
    if code is not None:
        print("[exit]", code)


p = argparse.ArgumentParser(
    prog="backup",
    description=textwrap.dedent("""\
        Back up directories.
          Indented line kept by RawDescriptionHelpFormatter.
        """),
    epilog="Examples:\n  backup -n src dst",
    formatter_class=argparse.RawDescriptionHelpFormatter,
)
p.add_argument("src", help="source directory")
p.add_argument("dst", nargs="?", default="/tmp/out", help="destination")
p.add_argument("-n", "--dry-run", action="store_true", help="only print what would happen")
p.add_argument("--version", action="version", version="%(prog)s 2.1")
io_group = p.add_argument_group("I/O options", "Options that control reading and writing.")
io_group.add_argument("--jobs", "-j", type=int, default=4, metavar="N", help="parallel jobs (default: %(default)s)")
io_group.add_argument("--exclude", nargs="*", default=[], metavar="GLOB", help="patterns to skip")
io_group.add_argument("--range", nargs=2, type=int, metavar=("START", "END"), help="byte range")
io_group.add_argument("--level", choices=range(1, 4), type=int, help="compression level")
other = p.add_argument_group("other")
ex = other.add_mutually_exclusive_group(required=False)
ex.add_argument("--quiet", action="store_const", const=0, dest="verbosity")
ex.add_argument("--loud", action="store_const", const=2, dest="verbosity")
other.add_argument("--tag", action="extend", nargs="+", help=argparse.SUPPRESS)
other.add_argument("--mode", default="fast", help="a very long help text that will need to be wrapped across several lines because it goes on and on about modes")
show(p)
show(p, ["--version"])
show(p, ["a", "--range", "1", "x"])
show(p, ["a", "--level", "7"])
show(p, ["a", "b", "--quiet", "--loud"])
show(p, ["a", "--tag", "x", "y", "--tag", "z", "-j", "2", "--exclude"])

q = argparse.ArgumentParser(prog="fmt", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
q.add_argument("--size", type=float, default=1.5, help="size in cm")
q.add_argument("--name", default=None, help="no default shown for None? it is")
q.add_argument("--flag", action="store_true", help="a flag")
q.add_argument("--nohelp", default=3)
q.add_argument("items", nargs="+", help="one or more")
q.add_argument("rest", nargs=argparse.REMAINDER, help="the rest")
show(q)
show(q, ["x", "y", "--size", "2", "--flag"])

r = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawTextHelpFormatter, add_help=False, prefix_chars="-+")
r.add_argument("-h", "--halp", action="help", help="custom help\n  with raw lines")
r.add_argument("+v", action="count", default=0, help="plus-prefixed\ncount")
r.add_argument("--opt", metavar="<value>", required=True, help="required option")
show(r)
show(r, ["+v", "+v"])

s = argparse.ArgumentParser(prog="meta", formatter_class=argparse.MetavarTypeHelpFormatter)
s.add_argument("--count", type=int)
s.add_argument("ratio", type=float)
show(s)
t = argparse.ArgumentParser(prog="abbrev", allow_abbrev=True, fromfile_prefix_chars=None, usage="%(prog)s [opts] FILE")
t.add_argument("--verbose-output", action="store_true")
t.add_argument("--version-info", action="store_true")
show(t, ["--verbose"])
show(t, ["--ver"])
show(t)
print(t.format_usage(), end="")
print(repr(t.format_help().splitlines()[0]))
u = argparse.ArgumentParser(prog="conflict", conflict_handler="resolve")
u.add_argument("-x", help="first")
u.add_argument("-x", "--ex", help="second wins")
show(u)
try:
    argparse.ArgumentParser(prog="dup").add_argument("-y").container.add_argument("-y")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
except AttributeError:
    v = argparse.ArgumentParser(prog="dup")
    v.add_argument("-y")
    try:
        v.add_argument("-y")
    except argparse.ArgumentError as e:
        print("ArgumentError", e)

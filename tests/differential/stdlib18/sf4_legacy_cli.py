"""Legacy CLI parsing: getopt (short/long, errors), optparse (groups, callbacks, help, errors), cmd.Cmd driven by a script, os.environ handling."""
import cmd
import contextlib
import getopt
import io
import optparse
import os

for argv in [["-a", "-b", "val", "--long=x", "--flag", "rest1", "rest2"], ["-bval", "-a", "--", "-x"], ["--lo=5", "arg"], ["-z"], ["--long"], ["--flag=1"], ["-b"]]:
    try:
        opts, args = getopt.getopt(argv, "ab:", ["long=", "flag", "lonely"])
        print(argv, "->", opts, args)
    except getopt.GetoptError as e:
        print(argv, "-> GetoptError", e.msg, repr(e.opt))
print(getopt.gnu_getopt(["x", "-a", "y", "--flag", "z"], "a", ["flag"]))

parser = optparse.OptionParser(usage="%prog [options] FILE...", version="%prog 1.0", prog="tool", description="Process some files with care.")
parser.add_option("-v", "--verbose", action="count", dest="verbose", default=0, help="be noisy")
parser.add_option("-o", "--output", metavar="PATH", help="write to PATH [default: %default]", default="out.txt")
parser.add_option("-n", type="int", dest="num", default=1)
parser.add_option("--mode", type="choice", choices=["fast", "slow"], default="fast")
seen = []
parser.add_option("--tag", action="callback", callback=lambda opt, s, value, p: seen.append((s, value)), type="string")
grp = optparse.OptionGroup(parser, "Danger Zone", "Options you rarely need.")
grp.add_option("--force", action="store_true", default=False)
grp.add_option("--pair", nargs=2, type="float")
parser.add_option_group(grp)
opts, args = parser.parse_args(["-vv", "-o", "x.log", "-n", "3", "--tag", "a", "--tag=b", "--pair", "1", "2.5", "f1", "f2"])
print(opts, args, seen)
print(opts.verbose, opts.output, opts.num, opts.mode, opts.force, opts.pair, vars(opts) == opts.__dict__)


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            parser.parse_args(argv)
            code = None
        except SystemExit as e:
            code = e.code
    print(argv, "exit", code)
    for line in (out.getvalue() + err.getvalue()).splitlines():
        print("  |", line)


run(["--help"])
run(["--version"])
run(["-n", "x"])
run(["--mode", "medium"])
run(["--nope"])
run(["--pair", "1"])
print(parser.get_usage(), end="")
print(parser.format_option_help()[:120].splitlines())
try:
    parser.add_option("-v")
except optparse.OptionConflictError as e:
    print("OptionConflictError", e)
try:
    optparse.make_option("--bad", action="store", type="wat")
except optparse.OptionError as e:
    print("OptionError", e)


class Shell(cmd.Cmd):
    prompt = "(demo) "
    intro = "Welcome."

    def __init__(self, script):
        super().__init__(stdin=io.StringIO(script), stdout=io.StringIO())
        self.use_rawinput = False
        self.total = 0

    def do_add(self, arg):
        """add N: add N to the total"""
        try:
            self.total += int(arg)
        except ValueError:
            self.stdout.write(f"not a number: {arg!r}\n")

    def do_show(self, arg):
        self.stdout.write(f"total={self.total}\n")

    def do_quit(self, arg):
        """quit the shell"""
        self.stdout.write("bye\n")
        return True

    def default(self, line):
        self.stdout.write(f"unknown: {line}\n")

    def emptyline(self):
        self.stdout.write("(empty)\n")

    def precmd(self, line):
        return line.strip().lower()


sh = Shell("add 5\nADD 7\nadd x\n\nshow\nfrobnicate now\nhelp add\nhelp\n?quit\nquit\nadd 100\n")
sh.cmdloop()
print(sh.stdout.getvalue())
print(sh.total, sh.parseline("add 1 2"), sh.completenames("a"), sh.onecmd("show"))
os.environ["SF4_DEMO"] = "on"
print(os.environ.get("SF4_DEMO"), os.getenv("SF4_MISSING", "dflt"), "SF4_DEMO" in os.environ, os.environ.pop("SF4_DEMO"), os.environ.get("SF4_DEMO"))
os.environ.setdefault("SF4_X", "1")
print(os.environ["SF4_X"], type(os.environ).__name__)
del os.environ["SF4_X"]
try:
    os.environ["SF4_X"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["SF4_Y"] = 5
except TypeError as e:
    print("TypeError", e)

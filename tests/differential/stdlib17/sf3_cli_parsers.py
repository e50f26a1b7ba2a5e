"""shlex (split, quote, join, shlex class with punctuation_chars, posix=False), getopt (getopt, gnu_getopt, errors), optparse (OptionParser with types, callbacks, groups, help output, errors)."""
import getopt
import optparse
import shlex
import sys

for s in ['ls -la "my dir" \'single q\' back\\ slash', 'echo "a \\"quoted\\" word" $HOME', "a#comment b", "x='y z'w", ""]:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True))
print(shlex.quote("safe"), shlex.quote("it's"), shlex.quote(""), shlex.quote("a b"), shlex.join(["echo", "hello world", "x;y"]))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError", e)
lex = shlex.shlex("a && b || (c; d) > out.txt", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("key = value ; other=2", posix=False)
lex.whitespace_split = False
print(list(lex))
lex = shlex.shlex('cmd "quoted arg" plain', posix=True)
lex.whitespace_split = True
print(lex.get_token(), lex.get_token(), lex.lineno, lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("a,b,,c", posix=True)
lex.whitespace = ","
lex.whitespace_split = True
print(list(lex))

argv = ["-v", "-o", "out.txt", "--level=3", "--name", "Bob", "file1", "-x", "file2"]
opts, args = getopt.getopt(argv[:6], "vo:", ["level=", "name=", "dry-run"])
print(opts, args)
print(getopt.gnu_getopt(argv, "vo:x", ["level=", "name="]))
print(getopt.getopt(["-vo", "f", "--", "-x"], "vo:"), getopt.getopt(["--dry"], "", ["dry-run"]))
for bad in [(["-z"], "v", []), (["-o"], "o:", []), (["--nope"], "", ["name="]), (["--name"], "", ["name="]), (["--dry-run=1"], "", ["dry-run"]), (["--d"], "", ["dry", "dump"])]:
    try:
        getopt.getopt(*bad)
    except getopt.GetoptError as e:
        print("GetoptError:", e.msg, "|", e.opt)

verbosity = []


def on_verbose(option, opt_str, value, parser):
    verbosity.append(opt_str)
    parser.values.verbose = len(verbosity)


parser = optparse.OptionParser(usage="%prog [options] FILE...", version="%prog 1.2", prog="tool", description="Process files quickly.")
parser.add_option("-n", "--count", type="int", dest="count", default=1, help="how many times [default: %default]")
parser.add_option("-r", "--ratio", type="float", default=0.5, metavar="R")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True)
parser.add_option("-v", action="callback", callback=on_verbose)
parser.add_option("-t", "--tag", action="append", dest="tags", default=[])
parser.add_option("-m", "--mode", type="choice", choices=["fast", "slow"], default="fast")
parser.add_option("-c", action="count", dest="level")
parser.add_option("--pair", nargs=2, type="int")
parser.add_option("--const", action="store_const", const=42)
group = optparse.OptionGroup(parser, "Dangerous", "Use with care.")
group.add_option("--force", action="store_true", help="force it")
parser.add_option_group(group)
opts, args = parser.parse_args(["-n", "3", "-r2.5", "-vv", "-t", "a", "--tag=b", "-cc", "--pair", "1", "2", "--mode", "slow", "--const", "--force", "f1", "f2"])
print(opts, args, verbosity)
print(vars(parser.parse_args([])[0]))
print(parser.format_help())
print(parser.get_usage(), parser.get_version(), parser.has_option("--count"), parser.get_option("-r").dest, parser.defaults["ratio"])
for bad in [["-n", "x"], ["--mode", "medium"], ["--nosuch"], ["--pair", "1"], ["-r"]]:
    p2 = optparse.OptionParser(prog="tool")
    p2.add_option("-n", type="int")
    p2.add_option("--mode", type="choice", choices=["a", "b"])
    p2.add_option("--pair", nargs=2, type="int")
    p2.add_option("-r", type="float")
    def fail(msg):
        print("error:", msg)
        raise SystemExit(2)

    p2.error = fail
    try:
        p2.parse_args(bad)
    except (SystemExit, TypeError, IndexError) as e:
        print(type(e).__name__)
try:
    parser.add_option("-n")
except optparse.OptionConflictError as e:
    print("OptionConflictError:", e)
try:
    optparse.make_option("--bad", type="nosuch")
except optparse.OptionError as e:
    print("OptionError:", e)

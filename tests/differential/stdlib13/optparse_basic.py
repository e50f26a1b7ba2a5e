import sys
from optparse import OptionParser, OptionGroup, OptionValueError

parser = OptionParser(usage="usage: %prog [options] FILE", version="%prog 1.0", prog="tool")
parser.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
                  help="don't print status messages")
parser.add_option("-n", type="int", dest="num", default=3)
parser.add_option("--ratio", type="float")
parser.add_option("-t", "--tag", action="append", dest="tags", default=[])
parser.add_option("-v", action="count", dest="level", default=0)
parser.add_option("--mode", choices=["fast", "slow"], default="fast")
group = OptionGroup(parser, "Dangerous Options", "Caution: use at your own risk.")
group.add_option("-g", action="store_true", help="Group option.")
parser.add_option_group(group)

opts, args = parser.parse_args(["-f", "out.txt", "-q", "-n", "7", "--ratio=0.5", "-t", "a", "--tag", "b",
                                "-vvv", "--mode", "slow", "input.csv", "-g", "extra"])
print(opts.filename, opts.verbose, opts.num, opts.ratio, opts.tags, opts.level, opts.mode, opts.g, args)
opts, args = parser.parse_args([])
print(opts)
parser.print_help(sys.stdout)
print(parser.get_usage())
print(parser.get_version())


def check_even(option, opt_str, value, parser):
    if value % 2:
        raise OptionValueError(f"{opt_str} must be even")
    parser.values.even = value


p2 = OptionParser(prog="p2")
p2.add_option("--even", type="int", action="callback", callback=check_even)
print(p2.parse_args(["--even", "4"])[0].even)
p2.error = lambda msg: print("error:", msg)
p2.parse_args(["--even", "3"])
p2.parse_args(["--nope"])
p2.parse_args(["--even", "x"])

"""argparse: a real error exit - usage and message on stderr, status 2."""
import argparse
import sys

p = argparse.ArgumentParser(prog="convert", description="Convert units.")
p.add_argument("value", type=float)
p.add_argument("--unit", choices=["m", "ft", "in"], required=True)
p.add_argument("--precision", type=int, default=2)
args = p.parse_args(["3.5", "--unit", "ft"])
print(f"{args.value * 0.3048:.{args.precision}f} m")
p.print_usage()
print(p.format_usage(), end="")
sys.stdout.flush()
p.parse_args(["3.5", "--unit", "yd"])
print("not reached")

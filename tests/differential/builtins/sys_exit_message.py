# sys.exit with a string: printed to stderr, status 1.
import sys
print("partial output", end="")
print(" then exit")
sys.exit("fatal: configuration missing")

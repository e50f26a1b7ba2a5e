# SystemExit with a non-int code prints it to stderr and exits 1; output before it is flushed.
import sys
def main(argv):
    total = 0
    for a in argv:
        total += len(a)
    print("total", total)
    if total > 3:
        sys.exit(f"error: total {total} too large")
    return 0
main(["ab", "cde"])

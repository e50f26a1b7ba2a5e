# sys.exit(4) raised in a finally block that replaces an exception in flight: exit status 4,
# nothing on stderr.
import sys


def work():
    try:
        raise KeyError("lost")
    finally:
        print("cleanup, exiting")
        sys.exit(4)


work()

import atexit
import sys

def cleanup(what):
    print("cleanup", what)

atexit.register(cleanup, "db")
atexit.register(cleanup, "cache")
atexit.unregister(print)

def run():
    print("working")
    sys.exit(3)
    print("not reached")

run()

# sys.exit with a message inside try/finally: finally runs, message goes to stderr, status 1.
import sys


def shutdown(code):
    try:
        print("shutting down with", repr(code))
        sys.exit(code)
    finally:
        print("finally ran")


try:
    shutdown(0)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    shutdown(None)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    shutdown(3)
except SystemExit as e:
    print("caught SystemExit", e.code, str(e))
shutdown("fatal: disk full")
print("not reached")

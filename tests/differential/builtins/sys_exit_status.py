# sys.exit with a code: the process exit status must be 3 and output before it flushed.
import sys
print("about to exit")
for i in range(3):
    print("line", i)
try:
    sys.exit(7)
except SystemExit as e:
    print("caught a first exit with code", e.code, "- carrying on")
print("buffered", end=" ")
print("output", "must", "survive", sep="|")
sys.stdout.write("written with sys.stdout.write\n")
def cleanup():
    try:
        sys.exit(3)
    finally:
        print("finally runs before exit")
def run():
    try:
        cleanup()
    except Exception:
        print("SystemExit is not an Exception, so this never prints")
run()
print("never printed")

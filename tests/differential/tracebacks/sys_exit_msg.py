import sys

print("exiting")
sys.exit("fatal: something went wrong")

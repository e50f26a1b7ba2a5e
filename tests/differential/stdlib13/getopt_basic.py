import getopt

args = ["-a", "-b", "val", "--verbose", "--output=file.txt", "x", "y"]
opts, rest = getopt.getopt(args, "ab:", ["verbose", "output="])
print(opts, rest)

opts, rest = getopt.getopt(["-abc", "-dfoo", "--", "-x"], "abcd:")
print(opts, rest)

opts, rest = getopt.gnu_getopt(["x", "-a", "y", "--ver", "z", "-b", "1"], "ab:", ["verbose"])
print(opts, rest)

for argv in (["-z"], ["--nope"], ["-b"], ["--output"], ["--verbose=3"], ["--ver"]):
    try:
        getopt.getopt(argv, "ab:", ["verbose", "version", "output="])
    except getopt.GetoptError as e:
        print("error:", e, "| opt =", repr(e.opt), "| msg =", e.msg)
print(getopt.error is getopt.GetoptError)

import shlex

cases = [
    "ls -la /tmp",
    'echo "hello world" \'single quoted\' plain',
    r'a\ b "c\"d" \'e\\f\' g\\h',
    'cmd --opt="value with spaces" -x=1 ""',
    "  leading   and trailing  ",
    "mixed'quo'ted\"words\"here",
    r'"back\slash in double" \n',
    "empty '' tokens \"\"",
    "",
    "# comment only",
    "a # b c",
    "tab\tseparated\nnewline",
]
for c in cases:
    print(repr(c), "->", shlex.split(c))
print(shlex.split("a # b c", comments=True), shlex.split("x # y\nz", comments=True))
print(shlex.split("a 'b c' d", posix=False), shlex.split('x "y z"', posix=False))
for bad in ['unterminated "quote', "trailing\\", "it's"]:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for s in ["simple", "", "has space", "it's", "a$b", "safe-chars_@%+=:,./", "tab\t", "ünï"]:
    print(repr(s), shlex.quote(s))
args = ["grep", "-r", "hello world", "it's", "*.py"]
line = shlex.join(args)
print(line)
print(shlex.split(line) == args)
print(shlex.split(shlex.quote("a'b\"c")))

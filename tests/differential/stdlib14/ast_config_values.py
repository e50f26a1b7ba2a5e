# A script reading settings as Python literals (a common use of ast.literal_eval).
import ast

CONFIG = """
name = 'demo app'
version = (1, 4, 2)
ports = [8080, 8081]
limits = {'cpu': 0.5, 'mem': 512, 'tags': {7}}
debug = False
ratio = -1.25e-3
path = r'C:\\temp\\x'
banner = 'line1\\nline2'
empty = set()
blob = b'\\x00\\xffab'
big = 123456789012345678901234567890
z = 3 - 4j
bad = os.getcwd()
broken = [1, 2
"""

settings = {}
for lineno, line in enumerate(CONFIG.strip().splitlines(), 1):
    key, _, raw = line.partition("=")
    key = key.strip()
    try:
        settings[key] = ast.literal_eval(raw.strip())
    except ValueError as e:
        print(f"line {lineno}: {key}: ValueError {str(e).split(' at 0x')[0]}")
    except SyntaxError as e:
        print(f"line {lineno}: {key}: SyntaxError")

for key, value in settings.items():
    print(f"{key:8} {type(value).__name__:10} {value!r}")
print(sorted(settings["limits"]["tags"]))

# Round-tripping repr through literal_eval.
data = {"ints": [1, -2, 3], "nested": ({"x": None}, [True, 2.5]), "s": "quote ' and \" mix"}
assert ast.literal_eval(repr(data)) == data
print(ast.literal_eval(repr(data)))

# Node objects: literal_eval accepts an expression node too.
node = ast.Constant(value=42)
print(ast.literal_eval(node), isinstance(node, ast.AST), type(node).__name__)
print(ast.literal_eval(ast.Tuple(elts=[ast.Constant(1), ast.Constant("a")], ctx=ast.Load())))
try:
    ast.literal_eval(ast.Name(id="x", ctx=ast.Load()))
except ValueError as e:
    print(str(e).split(" at 0x")[0])

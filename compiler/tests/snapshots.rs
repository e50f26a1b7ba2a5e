//! Snapshots of the JavaScript emitted for small constructs, and of the diagnostics for
//! unsupported ones. Review changes with `cargo insta review` (or `INSTA_UPDATE=always` and
//! `git diff`) before committing.

use pyjs::driver::compile_str;

/// The one helper: compile `src` and snapshot the JS, or the diagnostics when it fails.
fn check(name: &str, src: &str) {
    let out = match compile_str("snippet.py", src) {
        Ok(js) => js,
        Err(diags) => format!("DIAGNOSTICS\n{diags}"),
    };
    insta::with_settings!({ snapshot_suffix => name, description => src, omit_expression => true }, {
        insta::assert_snapshot!(out);
    });
}

macro_rules! snapshots {
    ($($name:ident: $src:expr;)*) => {
        $( #[test] fn $name() { check(stringify!($name), $src); } )*
    };
}

snapshots! {
    hello: "print('Hello, world!')\n";
    int_and_float_literals: "x = 1\ny = 2.0\nz = 0.5\nbig = 2**70\nlit = 123456789012345678901234567890\nneg = -3\n";
    arithmetic: "a = 7\nb = a // 2 + a % 3 - a ** 2 / 4\n";
    augmented_assignment: "x = 1\nx += 2\nxs = [1]\nxs[0] *= 3\n";
    attribute_augmented: "class A: pass\na = A()\na.n = 1\na.n += 1\n";
    chained_comparison: "x = 5\nprint(1 < x <= 10)\n";
    bool_ops_value: "a = 0\nb = a or 'default'\nc = a and b\n";
    bool_ops_test: "a = b = 1\nif a and not b or a:\n    pass\n";
    is_none: "x = None\nprint(x is None, x is not None)\n";
    membership: "print(1 in [1, 2], 'a' not in 'abc')\n";
    conditional_expression: "x = 3\ny = 'odd' if x % 2 else 'even'\n";
    walrus: "if (n := 10) > 5:\n    print(n)\n";
    tuple_and_list_literals: "t = (1, 2)\ne = ()\none = (1,)\nl = [1, *t, 3]\n";
    dict_and_set_literals: "d = {'a': 1, **{'b': 2}}\ns = {1, 2}\n";
    subscripts_and_slices: "xs = [1, 2, 3]\nprint(xs[-1], xs[1:], xs[::2])\nxs[0:1] = [9]\ndel xs[0]\n";
    prefix_reversal: "def flip(p):\n    k = p[0]\n    p[: k + 1] = p[k::-1]\n    return p\n";
    unpacking: "a, (b, *c) = 1, (2, 3, 4)\n";
    function_defaults: "def f(a, b=2, c=[]):\n    return a + b\n";
    function_star_args: "def f(*args, sep=' ', **kw):\n    return args\n";
    keyword_call: "def f(a, b): return a\nf(1, b=2)\nf(*[1], **{'b': 2})\n";
    closures_nonlocal: "def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n";
    global_statement: "count = 0\ndef bump():\n    global count\n    count += 1\n";
    lambda_expr: "sq = lambda x: x * x\n";
    decorators: "def deco(f): return f\n@deco\ndef g(): pass\n";
    class_basic: "class P:\n    n = 0\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\n";
    class_inheritance_super: "class A:\n    def f(self): return 1\nclass B(A):\n    def f(self): return super().f() + 1\n";
    class_static_class_methods: "class C:\n    @staticmethod\n    def s(x): return x\n    @classmethod\n    def c(cls): return cls\n";
    class_property: "class C:\n    @property\n    def v(self): return 1\n";
    method_calls: "xs = []\nxs.append(1)\ns = 'a,b'.split(',')\nclass K:\n    def m(self): pass\nK().m()\n";
    split_loops: "def count(lines):\n    n = 0\n    for line in lines:\n        for w in line.split():\n            n += len(w)\n    return n\ndef words():\n    t = text()\n    for w in t.split(','):\n        print(w.lower().title())\ndef text():\n    return 'a,B'\n";
    for_range: "for i in range(10):\n    print(i)\nfor j in range(10, 0, -2):\n    pass\n";
    for_else: "for x in [1, 2]:\n    if x == 3:\n        break\nelse:\n    print('no')\n";
    while_else_continue: "n = 0\nwhile n < 5:\n    n += 1\n    if n == 2:\n        continue\nelse:\n    print(n)\n";
    try_except_else_finally: "try:\n    x = 1\nexcept (KeyError, IndexError) as e:\n    print(e)\nelse:\n    print('ok')\nfinally:\n    print('done')\n";
    raise_from_and_reraise: "try:\n    raise ValueError('a') from None\nexcept ValueError:\n    raise\n";
    assert_stmt: "assert 1 == 1, 'math'\n";
    with_stmt: "class M:\n    def __enter__(self): return self\n    def __exit__(self, *a): return False\nwith M() as m, M():\n    pass\n";
    list_comprehension: "xs = [x * x for x in range(5) if x % 2]\n";
    dict_set_comprehension: "d = {k: v for k, v in [(1, 2)]}\ns = {x for x in 'abc'}\n";
    generator_function: "def gen():\n    x = yield 1\n    yield from [2, 3]\n    return 4\n";
    generator_expression: "total = sum(x for x in range(3))\n";
    fstrings: "name = 'x'\nv = 3.14159\nprint(f'{name!r}: {v:>10.2f} {v=}')\n";
    match_statement: "match [1, 2]:\n    case [1, *rest]:\n        print(rest)\n    case {'k': v, **kw}:\n        pass\n    case int(n) | float(n) if n > 0:\n        pass\n    case _:\n        pass\n";
    reserved_names: "var = 1\nfunction = 2\nthis = 3\ndef new(default, arguments): return default\nclass constructor: pass\n";
    imports_stdlib: "import math\nfrom math import sqrt as root\nprint(math.pi, root(4))\n";
    guarded_import: "try:\n    import not_a_real_module\nexcept ImportError as e:\n    print(e)\n";
    async_function: "async def f():\n    return 1\nasync def g():\n    return await f()\n";
    del_statement: "x = 1\ndel x\nd = {1: 2}\ndel d[1]\n";
    main_guard: "def main():\n    print('hi')\nif __name__ == '__main__':\n    main()\n";
    undefined_name: "print(undefined_thing)\n";
    diag_eval: "eval('1 + 1')\n";
    diag_unsupported_module: "import subprocess\n";
    diag_unsupported_threading: "import threading\nfrom concurrent.futures import ThreadPoolExecutor\nimport ctypes\n";
    diag_import_module_computed: "import importlib\nname = 'js' + 'on'\nm = importlib.import_module(name)\n";
    import_module_literal: "import importlib\njson = importlib.import_module('json')\nos = __import__('os.path')\n";
    diag_numpy_submodule_attr: "import numpy as np\nrs = np.random.noncentral_f\n";
    diag_ast_parse: "import ast\ntree = ast.parse('x = 1')\nfrom ast import dump\n";
    diag_missing_module: "import no_such_module_anywhere\n";
    diag_syntax_error: "def f(:\n    pass\n";
    diag_global_after_use: "x = 1\ndef f():\n    print(x)\n    global x\n";
    diag_nonlocal_param: "def f(a):\n    def g(b):\n        nonlocal b\n";
    star_import: "from math import *\nprint(sqrt(2))\n";
    diag_break_outside_loop: "break\n";
    bytes_literal: "x = b'abc'\n";
    diag_try_star: "try:\n    pass\nexcept* ValueError:\n    pass\n";
    numpy_elem_accumulator: "import numpy as np\ndef f(a, k):\n    acc = 0.0\n    for i in range(len(a)):\n        acc += a[i] * k\n    return acc\nprint(f(np.zeros(3), 2.0))\n";
    numpy_elem_store: "import numpy as np\ndef g(a):\n    for i in range(len(a)):\n        a[i] = i * 0.5\n";
    numpy_elem_2d: "import numpy as np\ndef h(m):\n    s = 0.0\n    for i in range(3):\n        for j in range(4):\n            s = s + m[i, j] + m[i][j]\n    return s\n";
}

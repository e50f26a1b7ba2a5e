// The one module generated code imports for the core language (see CONTRACT.md): it re-exports
// the runtime helpers and the Python builtins from the rt/ files.

export { PyFloat, mkfloat, fval, normInt, bigint_lit, int_f, fdiv, idiv, fpow, TMP, tmp, rebind, rebind_own, rebind_call, disown, discard, fuse, npv, npv64, npvx, npdual, npbox, npget, npget2, npset, npsetv, lget } from "./rt/num.mjs";
export { add, sub, mul, mul_pend, mul_flush, truediv, floordiv, mod, modk, modk_spec, mulmodk, pow, matmul, lshift, rshift, bitand, bitor, bitxor } from "./rt/num.mjs";
export { iadd, isub, imul, itruediv, ifloordiv, imod, ipow, imatmul, ilshift, irshift, ibitand, ibitor, ibitxor } from "./rt/num.mjs";
export { neg, pos, invert, eq, ne, lt, le, gt, ge, contains } from "./rt/num.mjs";
export { eq_v, ne_v, lt_v, le_v, gt_v, ge_v } from "./rt/num.mjs";
export { abs, round, divmod, hex, oct, bin, hash_num, float_repr, float_fixed } from "./rt/num.mjs";
export { str_getitem, str_slice } from "./rt/str.mjs";
export { bytes, bytearray, bytes_lit, memoryview } from "./rt/bytes.mjs";
export { complex, complex_lit } from "./rt/complex.mjs";

export { Tuple, newTuple, tuple_of, mktuple, mktuple2, struct_seq, Dict, PySet } from "./rt/containers.mjs";
export { getitem, setitem, delitem, getslice, setslice, delslice, rev_prefix } from "./rt/containers.mjs";

export { initSlots as init_slots, container_dunders } from "./rt/object.mjs";
export { mangleAttr, ga, gap, gaf, ga_type, gmod, sa, sap, da, cm, getattr, setattr, hasattr, delattr } from "./rt/object.mjs";
export {
  cm_append, cm_get1, cm_get2, cm_setdefault2, cm_lower, cm_upper, cm_split0, split_iter, cm_split1, cm_strip0, cm_strip1,
  cm_join, cm_startswith, cm_endswith, cm_replace2, cm_pop0, cm_pop1, cm_extend, cm_add, cm_remove, cm_discard, cm_items, items_iter, pairs_iter, cm_keys, cm_values,
  cm0, cm1, cm2, cm3, ucall0, ucall1, ucall2, ucall3,
} from "./rt/object.mjs";
export { Coro, coro, aw, awbox, unbox, close_gens, set_await_wrap } from "./rt/object.mjs";
export { KwArgs, callkw, cf, kwmerge, kwset, fn, splitkw, kwtake, kwrest, kwnone, kwrequired, too_many_args, too_many_call, call_star, funcstr, with_exit, unbound, unbound_cls } from "./rt/object.mjs";
export { mkclass, superof, supercall, isinstance, issubclass, typename, tpname, dir_ as dir, vars_ as vars } from "./rt/object.mjs";
export { generic_alias, typeUnion, typeRepr, GenericAlias, UnionType, NoneType } from "./rt/object.mjs";
export { object, type, int, int1, float, bool, str, list, tuple, dict, set, frozenset, slice, range, range_stop, range_start } from "./rt/object.mjs";
export { property, classmethod, staticmethod, super_ as super, NotImplemented, Ellipsis, __debug__ } from "./rt/object.mjs";
export { raise_, raise_new, hs_push, hs_pop, hs_susp, exc_info, exc, exc_ctx, caught_get, caught_set, gen_stop, genq, matches, eg_start, eg_match, eg_raised, eg_end } from "./rt/object.mjs";
export {
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
  ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
  BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
  NameError, UnboundLocalError, OSError, IOError, EnvironmentError, BlockingIOError, ChildProcessError,
  ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
  FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
  ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
  SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError,
  UnicodeEncodeError, UnicodeTranslateError, Warning, DeprecationWarning, PendingDeprecationWarning,
  RuntimeWarning, SyntaxWarning, UserWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
  ResourceWarning, EncodingWarning, BaseExceptionGroup, ExceptionGroup,
} from "./rt/object.mjs";

export { truthy, iter, pyiter, geniter, star_arr, next, aiter, anext, forin, aforin, yield_from_iter, unpack, unpack_star, arr, argstar, owned } from "./rt/core.mjs";
export { repr, ascii, format, fstr, fstr_flat, fstr_format, print, set_print_target, writeOut as print_str, input, open, main, main_lean, main_lib, js_error, set_tb_format } from "./rt/core.mjs";
export { len, enumerate, zip, zip_iter, map, filter, sorted, reversed, sum, sum_add, min, max, max_step, min_step, minmax_end, any, all } from "./rt/core.mjs";
export { chr, ord, callable, id, hash, exit, exit as quit, globals, locals } from "./rt/core.mjs";
export { stdout, stderr, stdin_readline, stdin_read, flushOut, unsupported_operation } from "./rt/core.mjs";

export { mkdict, dict_merge, dict_get, dict_setdefault, dict_incr, mkset, mkset_const, set_add } from "./rt/containers.mjs";
export { name_error, register_module, sys_modules, gbox, reraise, super_noargs, namespace_dict, globals_dict, annotate, missing_args, UNBOUND, unbound_local, unbound_name, unbound_free } from "./rt/glue.mjs";
export { match_seq, match_map, map_get, map_rest, match_cls, no_kw, match_pos, match_attr, pkg_with, import_name } from "./rt/glue.mjs";

// The lean runtime (rt/lean.mjs) and the report its programs' full runtime makes (last: these
// files come after the others in evaluation order).
export { main_lazy } from "./rt/core.mjs";
export { lean_fn, lean_print, lean_callkw, lean_missing_args, lean_unbound_name, lean_unbound_local, lean_range_stop, lean_range_start, lean_add, lean_sub, lean_mul,
  lean_floordiv, lean_mod, lean_idiv, lean_fdiv, lean_neg, lean_truthy, lean_eq, lean_ne, lean_lt, lean_le, lean_gt, lean_ge, lean_len,
} from "./rt/lean.mjs";
export { lean_report } from "./rt/lean_report.mjs";

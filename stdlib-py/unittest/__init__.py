"""unittest (pyjs implementation): TestCase with the assert* methods, setUp/tearDown (and the
class-level ones), skips, expected failures, subTest, TestSuite/TestLoader/TextTestRunner and
main(), which prints CPython's dots/F/E report to stderr and exits with status 0 or 1.
main() finds the test classes of the main module among TestCase's subclasses (pyjs has no
sys.modules['__main__']); command-line test selection, test discovery, the -k/-f/-b options,
mock and IsolatedAsyncioTestCase are not supported. Failure tracebacks are pyjs's."""

import sys
import time
import difflib
import pprint
import _pyjs

__all__ = ["TestCase", "TestSuite", "TestLoader", "TextTestRunner", "TestResult",
           "TextTestResult", "SkipTest", "skip", "skipIf", "skipUnless", "expectedFailure",
           "main", "defaultTestLoader", "FunctionTestCase"]

_MAX_LENGTH = 80
_DIFF_OMITTED = "\nDiff is %s characters long. Set self.maxDiff to None to see it."


def _safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + " [truncated]..."


def _common_shorten_repr(*args):
    return tuple(_safe_repr(a) for a in args)


class SkipTest(Exception):
    pass


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason):
        test_item = reason
        reason = ""
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.exception = None
        self.obj_name = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self.test_case._raise_failure(f"{exc_name} not raised by {self.obj_name}", self.msg)
            self.test_case._raise_failure(f"{exc_name} not raised", self.msg)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is not None:
            import re
            pattern = self.expected_regex
            if isinstance(pattern, str):
                pattern = re.compile(pattern)
            if not pattern.search(str(exc_value)):
                self.test_case._raise_failure(f'"{pattern.pattern}" does not match "{exc_value}"', self.msg)
        return True


class _AssertWarnsContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.msg = msg
        self.expected_regex = expected_regex
        self.warning = None

    def __enter__(self):
        import warnings
        self._cm = warnings.catch_warnings(record=True)
        self._log = self._cm.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._cm.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        for w in self._log:
            if isinstance(w.message, self.expected):
                self.warning = w.message
                return True
        self.test_case._raise_failure(f"{self.expected.__name__} not triggered", self.msg)


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _class_cleanups = []

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._cleanups = []
        self._subtest_failures = []
        self._type_equality_funcs = {}
        if methodName != "runTest" and not hasattr(self, methodName):
            raise ValueError(f"no such test method in {type(self)}: {methodName}")
        doc = getattr(getattr(self, methodName, None), "__doc__", None)
        self._testMethodDoc = doc

    # -- running
    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def countTestCases(self):
        return 1

    def id(self):
        return f"{type(self).__module__}.{type(self).__qualname__}.{self._testMethodName}"

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def __str__(self):
        return f"{self._testMethodName} ({type(self).__module__}.{type(self).__qualname__}.{self._testMethodName})"

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} testMethod={self._testMethodName}>"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def defaultTestResult(self):
        return TestResult()

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if getattr(type(self), "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
                why = getattr(type(self), "__unittest_skip_why__", "") or getattr(method, "__unittest_skip_why__", "")
                result.addSkip(self, why)
                return result
            expecting_failure = getattr(method, "__unittest_expecting_failure__", False)
            self._subtest_failures = []
            ok = self._run_part(result, self.setUp, expecting_failure)
            if ok:
                ok = self._run_part(result, method, expecting_failure, is_test=True)
                ok2 = self._run_part(result, self.tearDown, False)
                while self._cleanups:
                    function, args, kwargs = self._cleanups.pop()
                    self._run_part(result, lambda: function(*args, **kwargs), False)
                if ok == "skipped":
                    pass
                elif expecting_failure:
                    if ok is True and ok2 and not self._subtest_failures:
                        result.addUnexpectedSuccess(self)
                    elif ok == "expected":
                        pass
                elif ok is True and ok2 and not self._subtest_failures:
                    result.addSuccess(self)
        finally:
            result.stopTest(self)
        return result

    def _run_part(self, result, fn, expecting_failure, is_test=False, subtest=None):
        try:
            fn()
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            result.addSkip(subtest or self, str(e))
            return "skipped"
        except self.failureException as e:
            if expecting_failure and is_test:
                result.addExpectedFailure(self, e)
                return "expected"
            result.addFailure(subtest or self, e)
            return False
        except Exception as e:
            if expecting_failure and is_test:
                result.addExpectedFailure(self, e)
                return "expected"
            result.addError(subtest or self, e)
            return False
        return True

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return f"{standardMsg} : {msg}"

    def _raise_failure(self, standardMsg, msg):
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + (_DIFF_OMITTED % len(diff))

    # -- assertions
    def assertTrue(self, expr, msg=None):
        if not expr:
            self._raise_failure(f"{_safe_repr(expr)} is not true", msg)

    def assertFalse(self, expr, msg=None):
        if expr:
            self._raise_failure(f"{_safe_repr(expr)} is not false", msg)

    def assertEqual(self, first, second, msg=None):
        if type(first) is type(second):
            special = {list: self.assertListEqual, tuple: self.assertTupleEqual, dict: self.assertDictEqual,
                       set: self.assertSetEqual, frozenset: self.assertSetEqual,
                       str: self.assertMultiLineEqual}.get(type(first))
            if special is not None:
                special(first, second, msg)
                return
        if not first == second:
            self._raise_failure("%s != %s" % _common_shorten_repr(first, second), msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._raise_failure(f"{_safe_repr(first)} == {_safe_repr(second)}", msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = f"{_safe_repr(first)} != {_safe_repr(second)} within {_safe_repr(delta)} delta ({_safe_repr(diff)} difference)"
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = f"{_safe_repr(first)} != {_safe_repr(second)} within {places!r} places ({_safe_repr(diff)} difference)"
        self._raise_failure(standardMsg, msg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = f"{_safe_repr(first)} == {_safe_repr(second)} within {_safe_repr(delta)} delta ({_safe_repr(diff)} difference)"
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = f"{_safe_repr(first)} == {_safe_repr(second)} within {places!r} places"
        self._raise_failure(standardMsg, msg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                self._raise_failure(f"First sequence is not a {seq_type_name}: {_safe_repr(seq1)}", msg)
            if not isinstance(seq2, seq_type):
                self._raise_failure(f"Second sequence is not a {seq_type_name}: {_safe_repr(seq2)}", msg)
        else:
            seq_type_name = "sequence"
        if seq1 == seq2:
            return
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = f"First {seq_type_name} has no length.    Non-sequence?"
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = f"Second {seq_type_name} has no length.    Non-sequence?"
        if differing is None:
            seq1_repr = _safe_repr(seq1)
            seq2_repr = _safe_repr(seq2)
            if len(seq1_repr) > 30:
                seq1_repr = seq1_repr[:30] + "..."
            if len(seq2_repr) > 30:
                seq2_repr = seq2_repr[:30] + "..."
            elements = (seq_type_name.capitalize(), seq1_repr, seq2_repr)
            differing = "%ss differ: %s != %s\n" % elements
            for i in range(min(len1, len2)):
                if seq1[i] != seq2[i]:
                    differing += "\nFirst differing element %d:\n%s\n%s\n" % ((i,) + _common_shorten_repr(seq1[i], seq2[i]))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    return
            if len1 > len2:
                differing += "\nFirst %s contains %d additional elements.\n" % (seq_type_name, len1 - len2)
                differing += "First extra element %d:\n%s\n" % (len2, _safe_repr(seq1[len2]))
            elif len1 < len2:
                differing += "\nSecond %s contains %d additional elements.\n" % (seq_type_name, len2 - len1)
                differing += "First extra element %d:\n%s\n" % (len1, _safe_repr(seq2[len1]))
        standardMsg = differing
        diffMsg = "\n" + "\n".join(difflib.ndiff(pprint.pformat(seq1).splitlines(), pprint.pformat(seq2).splitlines()))
        standardMsg = self._truncateMessage(standardMsg, diffMsg)
        self._raise_failure(standardMsg, msg)

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
        except (TypeError, AttributeError) as e:
            self.fail(f"invalid type when attempting set difference: {e}")
        try:
            difference2 = set2.difference(set1)
        except (TypeError, AttributeError) as e:
            self.fail(f"second argument does not support set difference: {e}")
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append("Items in the first set but not the second:")
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append("Items in the second set but not the first:")
            for item in difference2:
                lines.append(repr(item))
        self._raise_failure("\n".join(lines), msg)

    def assertDictEqual(self, d1, d2, msg=None):
        if not isinstance(d1, dict):
            self._raise_failure("First argument is not a dictionary", msg)
        if not isinstance(d2, dict):
            self._raise_failure("Second argument is not a dictionary", msg)
        if d1 != d2:
            standardMsg = "%s != %s" % _common_shorten_repr(d1, d2)
            diff = "\n" + "\n".join(difflib.ndiff(pprint.pformat(d1).splitlines(), pprint.pformat(d2).splitlines()))
            self._raise_failure(self._truncateMessage(standardMsg, diff), msg)

    def assertMultiLineEqual(self, first, second, msg=None):
        if not isinstance(first, str):
            self._raise_failure(f"First argument is not a string", msg)
        if not isinstance(second, str):
            self._raise_failure(f"Second argument is not a string", msg)
        if first != second:
            if len(first) > 2 ** 16 or len(second) > 2 ** 16:
                self._raise_failure("%s != %s" % _common_shorten_repr(first, second), msg)
            firstlines = first.splitlines(keepends=True)
            secondlines = second.splitlines(keepends=True)
            if len(firstlines) == 1 and first.strip("\r\n") == first:
                firstlines = [first + "\n"]
                secondlines = [second + "\n"]
            standardMsg = "%s != %s" % _common_shorten_repr(first, second)
            diff = "\n" + "".join(difflib.ndiff(firstlines, secondlines))
            self._raise_failure(self._truncateMessage(standardMsg, diff), msg)

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._raise_failure(f"{_safe_repr(member)} not found in {_safe_repr(container)}", msg)

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._raise_failure(f"{_safe_repr(member)} unexpectedly found in {_safe_repr(container)}", msg)

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._raise_failure(f"{_safe_repr(expr1)} is not {_safe_repr(expr2)}", msg)

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._raise_failure(f"unexpectedly identical: {_safe_repr(expr1)}", msg)

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._raise_failure(f"{_safe_repr(obj)} is not None", msg)

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._raise_failure("unexpectedly None", msg)

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._raise_failure(f"{_safe_repr(obj)} is not an instance of {cls!r}", msg)

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._raise_failure(f"{_safe_repr(obj)} is an instance of {cls!r}", msg)

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._raise_failure(f"{_safe_repr(a)} not greater than {_safe_repr(b)}", msg)

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._raise_failure(f"{_safe_repr(a)} not greater than or equal to {_safe_repr(b)}", msg)

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._raise_failure(f"{_safe_repr(a)} not less than {_safe_repr(b)}", msg)

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._raise_failure(f"{_safe_repr(a)} not less than or equal to {_safe_repr(b)}", msg)

    def assertCountEqual(self, first, second, msg=None):
        from collections import Counter
        first_seq, second_seq = list(first), list(second)
        try:
            first_c = Counter(first_seq)
            second_c = Counter(second_seq)
        except TypeError:
            first_c = second_c = None
        if first_c is not None and first_c == second_c:
            return
        if first_c is None:
            rest = list(second_seq)
            for x in first_seq:
                if x in rest:
                    rest.remove(x)
                else:
                    break
            else:
                if not rest:
                    return
        lines = []
        if first_c is not None:
            for elem in list(dict.fromkeys(first_seq + second_seq)):
                cnt_s, cnt_t = first_c[elem], second_c[elem]
                if cnt_s != cnt_t:
                    lines.append("First has %d, Second has %d:  %s" % (cnt_s, cnt_t, _safe_repr(elem)))
        standardMsg = "Element counts were not equal:\n" + "\n".join(lines)
        self._raise_failure(standardMsg, msg)

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, str):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._raise_failure(f"Regex didn't match: {expected_regex.pattern!r} not found in {text!r}", msg)

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, str):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self._raise_failure(f"Regex matched: {text[match.start():match.end()]!r} matches {unexpected_regex.pattern!r} in {text!r}", msg)

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, msg=kwargs.pop("msg", None))
        if not args:
            return context
        callable_obj, *args = args
        context.obj_name = getattr(callable_obj, "__qualname__", None) or str(callable_obj)
        with context:
            callable_obj(*args, **kwargs)
        return None

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex, msg=kwargs.pop("msg", None))
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)
        return None

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, msg=kwargs.pop("msg", None))
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)
        return None

    def assertLogs(self, logger=None, level=None):
        raise NotImplementedError("TestCase.assertLogs is not supported by pyjs")

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function


class _SubTestContext:
    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.msg = msg
        self.params = params

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, SkipTest) or not issubclass(exc_type, Exception):
            return False
        case = _SubTestCase(self.test_case, self.msg, self.params)
        result = self.test_case._current_result
        if issubclass(exc_type, self.test_case.failureException):
            result.addFailure(case, exc_value)
        else:
            result.addError(case, exc_value)
        self.test_case._subtest_failures.append(case)
        return True


class _SubTestCase:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append(f"[{self._message}]")
        if self.params:
            parts.append("({})".format(", ".join(f"{k}={v!r}" for k, v in self.params.items())))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return f"{type(self).__module__}.{type(self).__qualname__} ({self._testFunc.__name__})"


class TestResult:
    __module__ = "unittest.result"
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.failfast = False

    def startTest(self, test):
        self.testsRun += 1
        if isinstance(test, TestCase):
            test._current_result = self

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        # The report without unittest's own frames (and those that called it), as CPython
        # shows it.
        text = _pyjs.format_exc_full(err)
        # One trailing newline off: a message ending in "\n" (an assertEqual diff) keeps its own.
        lines = (text[:-1] if text.endswith("\n") else text).split("\n")
        out, block, seen_ours = [], None, False
        for line in lines:
            if line.startswith('  File "'):
                ours = 'unittest/__init__.py"' in line
                seen_ours = seen_ours or ours
                block = not ours and seen_ours
                if block:
                    out.append(line)
            elif line.startswith("    ") and block is not None:
                if block:
                    out.append(line)
            else:
                block = None
                out.append(line)
        return "\n".join(out) + "\n"

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return len(self.failures) == len(self.errors) == 0 and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return ("<%s.%s run=%i errors=%i failures=%i>" %
                (type(self).__module__, type(self).__qualname__, self.testsRun, len(self.errors), len(self.failures)))


class TextTestResult(TestResult):
    __module__ = "unittest.runner"
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return "\n".join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        # CPython's: a subtest's outcome goes on its own indented line.
        is_subtest = isinstance(test, _SubTestCase)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.write("\n")
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.write(status + "\n")
        self.stream.flush()
        self._newline = True

    def _report(self, long, short, test=None, status=True):
        if self.showAll:
            if status:
                self._write_status(test, long)
            else:
                self.stream.write(long + "\n")
        elif self.dots:
            self.stream.write(short)
        self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report("ok", ".", test)

    def addError(self, test, err):
        super().addError(test, err)
        self._report("ERROR", "E", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report("FAIL", "F", test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(f"skipped {reason!r}", "s", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report("expected failure", "x", test, False)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report("unexpected success", "u", test, False)

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.write("\n")
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        unexpected = self.unexpectedSuccesses
        if unexpected:
            self.stream.write(self.separator1 + "\n")
            for test in unexpected:
                self.stream.write(f"UNEXPECTED SUCCESS: {self.getDescription(test)}\n")
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.write(self.separator1 + "\n")
            self.stream.write(f"{flavour}: {self.getDescription(test)}\n")
            self.stream.write(self.separator2 + "\n")
            self.stream.write(f"{err}\n")
            self.stream.flush()


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __repr__(self):
        return f"<unittest.suite.TestSuite tests={list(self)}>"

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result):
        prev_class = None
        for test in self._tests:
            if result.shouldStop:
                break
            if isinstance(test, TestSuite):
                if prev_class is not None:
                    self._tear_down_class(prev_class, result)
                    prev_class = None
                test.run(result)
                continue
            cls = type(test)
            if cls is not prev_class:
                if prev_class is not None:
                    self._tear_down_class(prev_class, result)
                prev_class = cls
                cls._class_setup_failed = False
                if not getattr(cls, "__unittest_skip__", False):
                    try:
                        cls.setUpClass()
                    except Exception as e:
                        cls._class_setup_failed = True
                        result.addError(_ErrorHolder(f"setUpClass ({cls.__module__}.{cls.__qualname__})"), e)
            if getattr(cls, "_class_setup_failed", False):
                continue
            test(result)
        if prev_class is not None:
            self._tear_down_class(prev_class, result)
        return result

    def _tear_down_class(self, cls, result):
        if getattr(cls, "_class_setup_failed", False) or getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls.tearDownClass()
        except Exception as e:
            result.addError(_ErrorHolder(f"tearDownClass ({cls.__module__}.{cls.__qualname__})"), e)

    def debug(self):
        for test in self._tests:
            test.debug()


class _ErrorHolder:
    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.id()

    def countTestCases(self):
        return 0


class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = None

    def getTestCaseNames(self, testCaseClass):
        names = set()
        for klass in testCaseClass.__mro__:
            for name in klass.__dict__:
                if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name, None)):
                    names.add(name)
        return sorted(names)

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return TestSuite([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module=None, *, pattern=None):
        if module is None or module == "__main__":
            classes = _module_test_cases("__main__")
        else:
            classes = [getattr(module, n) for n in dir(module)]
            classes = [c for c in classes if isinstance(c, type) and issubclass(c, TestCase)]
        return TestSuite([self.loadTestsFromTestCase(c) for c in classes])

    def loadTestsFromName(self, name, module=None):
        raise NotImplementedError("TestLoader.loadTestsFromName is not supported by pyjs")

    def loadTestsFromNames(self, names, module=None):
        raise NotImplementedError("TestLoader.loadTestsFromNames is not supported by pyjs")

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        raise NotImplementedError("test discovery is not supported by pyjs")


defaultTestLoader = TestLoader()


def _module_test_cases(module_name):
    # pyjs: the main module is not in sys.modules, so its TestCase classes are found among
    # TestCase's subclasses; CPython's loader takes them in dir() order (by name).
    found = {}
    stack = [TestCase]
    while stack:
        c = stack.pop()
        for sub in type.__subclasses__(c):
            stack.append(sub)
            if sub.__module__ == module_name and "." not in sub.__qualname__ and sub.__qualname__ not in found:
                found[sub.__qualname__] = sub
    return [found[n] for n in sorted(found)]


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        start = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        stop = time.perf_counter()
        time_taken = stop - start
        result.printErrors()
        self.stream.write(result.separator2 + "\n")
        run = result.testsRun
        self.stream.write("Ran %d test%s in %.3fs\n" % (run, run != 1 and "s" or "", time_taken))
        self.stream.write("\n")
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        elif run == 0:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        skipped = len(result.skipped)
        expected_fails = len(result.expectedFailures)
        unexpected_successes = len(result.unexpectedSuccesses)
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expected_fails:
            infos.append("expected failures=%d" % expected_fails)
        if unexpected_successes:
            infos.append("unexpected successes=%d" % unexpected_successes)
        if infos:
            self.stream.write(" (%s)\n" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


class TestProgram:
    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if argv is None:
            argv = sys.argv
        for a in argv[1:]:
            if a in ("-v", "--verbose"):
                verbosity = 2
            elif a in ("-q", "--quiet"):
                verbosity = 0
            elif a in ("-f", "--failfast"):
                failfast = True
            else:
                raise NotImplementedError(f"unittest.main(): command-line argument {a!r} is not supported by pyjs")
        self.verbosity = verbosity
        self.exit = exit
        if defaultTest is not None:
            raise NotImplementedError("unittest.main(defaultTest=...) is not supported by pyjs")
        self.test = testLoader.loadTestsFromModule(module)
        if testRunner is None:
            testRunner = TextTestRunner(verbosity=verbosity, failfast=bool(failfast))
        elif isinstance(testRunner, type):
            testRunner = testRunner(verbosity=verbosity)
        sys.stdout.flush()
        self.result = testRunner.run(self.test)
        if exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram

"""unittest: a test suite with passes, failures, errors, skips, expected failures, subTests; the report goes to stderr, exit 1."""
import sys
import unittest


def slugify(s):
    return "-".join(s.lower().split())


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


class TestSlug(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_spaces(self):
        self.assertEqual(slugify("  a   b "), "a-b")

    def test_wrong(self):
        self.assertEqual(slugify("X Y"), "x_y")

    def test_subtests(self):
        for s, want in [("A", "a"), ("B C", "b-c"), ("D", "dd")]:
            with self.subTest(s=s):
                self.assertEqual(slugify(s), want)


class TestStack(unittest.TestCase):
    def setUp(self):
        self.s = Stack()
        print("setUp", self._testMethodName)

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertListEqual(self.s.items, [1])

    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")
        with self.assertRaisesRegex(IndexError, "empty"):
            self.s.pop()

    def test_error(self):
        self.s.pop()

    @unittest.skip("not ready")
    def test_skipped(self):
        self.fail("never")

    @unittest.skipIf(sys.version_info >= (3,), "py3")
    def test_skip_if(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertTrue(True)

    def test_asserts(self):
        self.assertIn(3, [1, 2, 3])
        self.assertNotIn("z", "abc")
        self.assertIsNone(None)
        self.assertIsInstance(self.s, Stack)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(2, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertRegex("abc123", r"\d+")
        with self.assertWarns(UserWarning):
            import warnings
            warnings.warn("careful")

    def test_dict_diff(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_list_diff(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4, 5], "lists differ")

    def test_multiline(self):
        self.assertMultiLineEqual("one\ntwo\nthree\n", "one\n2\nthree\n")


class TestClassFixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
        cls.shared = [1, 2]

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")

    def test_shared(self):
        self.assertEqual(sum(self.shared), 3)

    def test_cleanup(self):
        self.addCleanup(print, "cleanup ran")
        self.assertTrue(self.shared)


def captured(verbosity):
    import io
    import os
    import re
    buf = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in (TestSlug, TestStack, TestClassFixtures)])
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(suite)
    text = re.sub(r"in \d+\.\d+s", "in N s", buf.getvalue()).replace(os.path.dirname(os.path.abspath(__file__)), "<dir>")
    print(text)
    print(result, result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())


if __name__ == "__main__":
    captured(2)
    captured(1)
    unittest.main(verbosity=0)

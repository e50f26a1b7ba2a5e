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


class TestSlugify(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_spaces(self):
        self.assertEqual(slugify("  a   b  "), "a-b")
        self.assertNotEqual(slugify("A"), "A")

    def test_types(self):
        self.assertIsInstance(slugify("x"), str)
        self.assertIn("-", slugify("a b"))
        self.assertNotIn(" ", slugify("a b"))


class TestStack(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        self.stack = Stack()
        print("setUp", self._testMethodName)

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_push_pop(self):
        self.stack.push(1)
        self.stack.push(2)
        self.assertEqual(self.stack.pop(), 2)
        self.assertEqual(len(self.stack.items), 1)

    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.stack.pop()
        print("caught:", cm.exception)
        self.assertRaises(IndexError, self.stack.pop)
        with self.assertRaisesRegex(IndexError, "empty"):
            self.stack.pop()

    def test_truth(self):
        self.assertTrue([1])
        self.assertFalse([])
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIs(self.stack.items, self.stack.items)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertGreater(3, 2)
        self.assertLessEqual(2, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("abc123", r"\d+")
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertSetEqual({1, 2}, {2, 1})
        self.assertSequenceEqual([1, 2], (1, 2))

    @unittest.skip("not ready")
    def test_skipped(self):
        print("never")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 2)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertGreaterEqual(i, 0)


class TestMessages(unittest.TestCase):
    def test_messages(self):
        checks = [
            lambda: self.assertEqual(1, 2),
            lambda: self.assertEqual("a", "b", "custom"),
            lambda: self.assertTrue(0),
            lambda: self.assertFalse("x"),
            lambda: self.assertIn(5, [1, 2]),
            lambda: self.assertIsNone(3),
            lambda: self.assertIs(1, None),
            lambda: self.assertIsInstance(3, str),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertAlmostEqual(1.0, 1.5, delta=0.1),
            lambda: self.assertNotEqual(2, 2),
            lambda: self.assertListEqual([1, 2, 3], [1, 5, 3]),
            lambda: self.assertEqual((1, 2), (1, 2, 3)),
            lambda: self.assertDictEqual({"a": 1}, {"a": 2}),
            lambda: self.assertEqual("one\ntwo\n", "one\nthree\n"),
            lambda: self.assertCountEqual([1, 1, 2], [1, 2, 2]),
            lambda: self.assertRaises(ValueError, int, "5"),
            lambda: self.fail("explicit"),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                print("AssertionError:", e)
                print("--")


if __name__ == "__main__":
    unittest.main()

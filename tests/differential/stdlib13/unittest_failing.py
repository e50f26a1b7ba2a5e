import unittest


class TestMath(unittest.TestCase):
    def test_ok(self):
        print("test_ok runs")
        self.assertEqual(2 + 2, 4)

    def test_fail(self):
        print("test_fail runs")
        self.assertEqual(2 + 2, 5)

    def test_error(self):
        print("test_error runs")
        {}["missing"]

    def test_subtest_fail(self):
        for n in (1, 2, 3):
            with self.subTest(n=n):
                self.assertNotEqual(n, 2)


class AnotherCase(unittest.TestCase):
    def test_alpha(self):
        print("AnotherCase.test_alpha")

    @unittest.skipIf(True, "always skipped")
    def test_beta(self):
        pass


suite = unittest.TestLoader().loadTestsFromTestCase(TestMath)
print(suite.countTestCases(), [t._testMethodName for t in suite])
import io
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
print([str(t) for t, _ in result.failures])
print([str(t) for t, _ in result.errors])
print("main:")
unittest.main()

# An exception raised while an imported package's body runs: the traceback shows each
# importing line (`import`, `from . import`) and the module frames as <module>.
print("main", __name__, __package__)


def setup():
    import _tbpkg
    return _tbpkg


setup()

# CPython 3.11's Lib/xml/parsers/__init__.py (Python Software Foundation License).
"""Python interfaces to XML parsers.

This package contains one module:

expat -- Python wrapper for James Clark's Expat parser, with namespace
         support.

"""

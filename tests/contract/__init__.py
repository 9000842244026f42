"""Schemathesis contract tests of the specs against the mocks."""

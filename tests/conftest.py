"""Property tests explore new random examples on a developer's machine; on CI (CI set, as .ci/run sets it) they
draw the same examples every run, so a landing is never decided by the draw (a failure found locally is fixed
and kept as an example test)."""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

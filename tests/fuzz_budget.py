"""How much the fuzz tests send. `make test` runs them in full; the quick
loop (`make test-fast`) sets FUZZ=quick for a short run of each, which still
catches a route that fails outright."""

import os

QUICK = os.environ.get("FUZZ") == "quick"
# The public-page fuzz stops starting requests after this many seconds.
PUBLIC_SECONDS = 15 if QUICK else 60
# Schemathesis examples per API operation and phase (with the coverage phase,
# 10 is about 850 requests). Its coverage phase, which tries each parameter's
# edge values in turn, is most of a run's time: the quick run leaves it out.
API_EXAMPLES = 3 if QUICK else 10
API_PHASES = ("fuzzing", "stateful") if QUICK else ("coverage", "fuzzing", "stateful")
